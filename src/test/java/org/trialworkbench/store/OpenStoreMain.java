package org.trialworkbench.store;

import java.nio.file.Path;

/**
 * Opens a store in a separate process for the lock test: prints "opened" and exits 0, or prints
 * the message of a {@link StoreInUseException} and exits 2 (other store errors: 3).
 */
public final class OpenStoreMain {
    private OpenStoreMain() {
    }

    public static void main(String[] args) {
        try (H2Store store = H2Store.open(Path.of(args[0]))) {
            System.out.println("opened " + store.count());
        } catch (StoreInUseException e) {
            System.out.println(e.getMessage());
            System.exit(2);
        } catch (StoreException e) {
            System.out.println(e.getMessage());
            System.exit(3);
        }
    }
}
