package org.trialworkbench.store;

/** Work done in one store transaction; see {@link H2Store#write(StoreWork)}. */
@FunctionalInterface
public interface StoreWork {
    void run(StoreTransaction tx);
}
