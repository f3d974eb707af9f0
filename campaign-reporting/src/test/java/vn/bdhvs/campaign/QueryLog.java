package vn.bdhvs.campaign;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Records the SQL prepared on this thread while recording is on, so that a test can count the
 * queries a page needs (no N+1) and see which tables they read.
 */
@Component
public class QueryLog implements BeanPostProcessor {

    private static final ThreadLocal<List<String>> RECORDED = new ThreadLocal<>();

    public static void start() {
        RECORDED.set(new ArrayList<>());
    }

    public static List<String> stop() {
        List<String> statements = RECORDED.get();
        RECORDED.remove();
        return statements;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof DataSource dataSource)) {
            return bean;
        }
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { DataSource.class },
                (proxy, method, args) -> {
                    Object result = invoke(dataSource, method, args);
                    return result instanceof Connection connection ? recording(connection) : result;
                });
    }

    private static Connection recording(Connection connection) {
        return (Connection) Proxy.newProxyInstance(QueryLog.class.getClassLoader(), new Class<?>[] { Connection.class },
                (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement") && RECORDED.get() != null) {
                        RECORDED.get().add((String) args[0]);
                    }
                    return invoke(connection, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        }
        catch (InvocationTargetException ex) {
            throw ex.getCause();
        }
    }
}
