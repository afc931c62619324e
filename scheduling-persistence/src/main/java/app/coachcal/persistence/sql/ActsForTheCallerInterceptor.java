package app.coachcal.persistence.sql;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Names the request's caller as the acting user at the start of each call of an {@link ActsForTheCaller}
 * service. Its priority puts it inside the transaction that {@code @Transactional} opens (platform
 * interceptors run first), where {@code SET LOCAL} lasts until the commit.
 */
@ActsForTheCaller
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ActsForTheCallerInterceptor {

    @Inject
    private RequestCaller caller;

    @PersistenceContext(unitName = "coachcal")
    private EntityManager em;

    @AroundInvoke
    public Object actAsTheCaller(InvocationContext invocation) throws Exception {
        RequestCaller.of(caller).ifPresent(id -> ActingUser.set(em, id));
        return invocation.proceed();
    }
}
