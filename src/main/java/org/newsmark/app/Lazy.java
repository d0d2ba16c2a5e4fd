package org.newsmark.app;

import java.util.function.Supplier;

/** A value made the first time it is asked for (from any thread), then kept: what a start need not wait for. */
final class Lazy<T> implements Supplier<T> {

    private Supplier<T> maker;
    private T value;

    Lazy(Supplier<T> maker) {
        this.maker = maker;
    }

    @Override
    public synchronized T get() {
        if (maker != null) {
            value = maker.get();
            maker = null;
        }
        return value;
    }
}
