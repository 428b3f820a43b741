package dev.mosaic.testing;

import dev.mosaic.core.spi.Store;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A store that counts the calls made to it, by method name, and passes each one on. Thread-safe. */
public final class CountingStore {
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Store store;

    public CountingStore(Store delegate) {
        this.store = (Store) Proxy.newProxyInstance(Store.class.getClassLoader(), new Class<?>[] {Store.class},
                (proxy, method, args) -> {
                    calls.computeIfAbsent(method.getName(), name -> new AtomicInteger()).incrementAndGet();
                    try {
                        return method.invoke(delegate, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** {@return the counting store} */
    public Store store() {
        return store;
    }

    /** {@return how often a method was called since the last reset} */
    public int count(String method) {
        AtomicInteger count = calls.get(method);
        return count == null ? 0 : count.get();
    }

    /** {@return the calls that read or slide a session: finding it, or touching it} */
    public int sessionLookups() {
        return count("findSession") + count("touchSession");
    }

    public void reset() {
        calls.clear();
    }
}
