package io.cita.application.service;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** Test doubles of outgoing ports that answer the named methods and count every call, refusing the rest. */
final class CountingPorts {
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    /** A port whose methods named in {@code answers} return what their function makes of the arguments. */
    <T> T port(Class<T> type, Map<String, Function<Object[], Object>> answers) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.isDefault()) {
                return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
            }
            Function<Object[], Object> answer = answers.get(method.getName());
            if (answer == null) {
                throw new UnsupportedOperationException(type.getSimpleName() + "." + method.getName());
            }
            calls.computeIfAbsent(type.getSimpleName() + "." + method.getName(), name -> new AtomicInteger())
                    .incrementAndGet();
            return answer.apply(args);
        }));
    }

    /** How often {@code Port.method} was called. */
    int calls(String portAndMethod) {
        AtomicInteger count = calls.get(portAndMethod);
        return count == null ? 0 : count.get();
    }
}
