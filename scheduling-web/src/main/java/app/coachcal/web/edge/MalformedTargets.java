package app.coachcal.web.edge;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.lang.annotation.Annotation;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Sends a request whose target is not well-formed ({@link RequestTarget}: {@code GET /%zz}, {@code /%00},
 * {@code /..;/}, invalid UTF-8...) to {@value #PAGE} or {@value #API} before Payara decodes it; those answer
 * 400 with our page or problem ({@code app.coachcal.web.errors.MalformedRequests}). Payara's own decoding of
 * such a target failed before any filter: an empty 200 without our headers and a stack trace per request, or a
 * bare 400. Grizzly offers no setting for this, only a probe that sees each request as it arrives; it is added
 * to each HTTP listener through Payara's service locator (by reflection: none of it is a public API).
 */
@WebListener
public class MalformedTargets implements ServletContextListener {

    public static final String PAGE = "/malformed-request";
    public static final String API = "/api/v1/malformed-request";
    private static final Logger LOG = Logger.getLogger(MalformedTargets.class.getName());
    private static final String GRIZZLY = "org.glassfish.grizzly.";

    private final List<Object[]> installed = new ArrayList<>();

    @Override
    public void contextInitialized(ServletContextEvent event) {
        try {
            ClassLoader server = Thread.currentThread().getContextClassLoader();
            Class<?> probeType = server.loadClass(GRIZZLY + "http.server.HttpServerProbe");
            Object probe = Proxy.newProxyInstance(server, new Class<?>[] {probeType},
                    new TargetRewrite(server.loadClass(GRIZZLY + "http.server.Request"),
                            server.loadClass(GRIZZLY + "http.HttpRequestPacket")));
            Object[] probes = (Object[]) Array.newInstance(probeType, 1);
            probes[0] = probe;
            Class<?> monitoring = server.loadClass(GRIZZLY + "monitoring.MonitoringConfig");
            for (Object filter : httpServerFilters(server)) {
                Object config = filter.getClass().getMethod("getMonitoringConfig").invoke(filter);
                monitoring.getMethod("addProbes", Object[].class).invoke(config, (Object) probes);
                installed.add(new Object[] {config, probes});
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warning(() -> "Malformed request targets are left to Payara: " + e);
        }
        if (installed.isEmpty()) {
            LOG.warning("Malformed request targets are left to Payara: no HTTP listener found");
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        for (Object[] probe : installed) {
            try {
                probe[0].getClass().getMethod("removeProbes", Object[].class).invoke(probe[0], probe[1]);
            } catch (ReflectiveOperationException e) {
                LOG.fine(() -> "probe not removed: " + e);
            }
        }
    }

    /** Every Grizzly HttpServerFilter of Payara's network listeners. */
    private static List<Object> httpServerFilters(ClassLoader server) throws ReflectiveOperationException {
        Object locator = server.loadClass("org.glassfish.internal.api.Globals").getMethod("getDefaultHabitat")
                .invoke(null);
        Class<?> locatorType = server.loadClass("org.glassfish.hk2.api.ServiceLocator");
        Method getService = locatorType.getMethod("getService", Class.class, Annotation[].class);
        Method getAll = locatorType.getMethod("getAllServices", Class.class, Annotation[].class);
        Class<?> serviceType = server.loadClass("com.sun.enterprise.v3.services.impl.GrizzlyService");
        Class<?> listenerType = server.loadClass(GRIZZLY + "config.dom.NetworkListener");
        Class<?> filterType = server.loadClass(GRIZZLY + "http.server.HttpServerFilter");
        Object service = getService.invoke(locator, serviceType, new Annotation[0]);
        List<Object> filters = new ArrayList<>();
        for (Object listener : (List<?>) getAll.invoke(locator, listenerType, new Annotation[0])) {
            Object proxy = serviceType.getMethod("lookupNetworkProxy", listenerType).invoke(service, listener);
            if (proxy != null && hasMethod(proxy, "getUnderlyingListener")) {
                Object grizzly = proxy.getClass().getMethod("getUnderlyingListener").invoke(proxy);
                filters.addAll((List<?>) grizzly.getClass().getMethod("getFilters", Class.class)
                        .invoke(grizzly, filterType));
            }
        }
        return filters;
    }

    private static boolean hasMethod(Object target, String name) {
        for (Method method : target.getClass().getMethods()) {
            if (method.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
