package app.coachcal.web.edge;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;

/**
 * The Grizzly probe of {@link MalformedTargets}: when a request arrives, before Payara decodes its target, a
 * target that is not well-formed is replaced by one of ours that answers 400; every other event is ignored.
 */
final class TargetRewrite implements InvocationHandler {

    private final Method packetOfRequest;
    private final Method path;
    private final Method query;
    private final Method setPath;
    private final Method setQuery;

    TargetRewrite(Class<?> requestType, Class<?> packetType) throws NoSuchMethodException {
        packetOfRequest = requestType.getMethod("getRequest");
        path = packetType.getMethod("getRequestURI");
        query = packetType.getMethod("getQueryString");
        setPath = packetType.getMethod("setRequestURI", String.class);
        setQuery = packetType.getMethod("setQueryString", String.class);
    }

    @Override
    public Object invoke(Object probe, Method method, Object[] args) throws ReflectiveOperationException {
        switch (method.getName()) {
            case "onRequestReceiveEvent" -> rewriteIfMalformed(packetOfRequest.invoke(args[2]));
            case "equals" -> {
                return probe == args[0];
            }
            case "hashCode" -> {
                return System.identityHashCode(probe);
            }
            case "toString" -> {
                return "Coachcal's malformed request targets";
            }
            default -> {
                // the other events of a request: nothing to do
            }
        }
        return null;
    }

    private void rewriteIfMalformed(Object packet) throws ReflectiveOperationException {
        String target = (String) path.invoke(packet);
        if (!RequestTarget.isWellFormed(target, (String) query.invoke(packet))) {
            boolean api = target != null && target.startsWith("/api/");
            setPath.invoke(packet, api ? MalformedTargets.API : MalformedTargets.PAGE);
            setQuery.invoke(packet, (Object) null);
        }
    }
}
