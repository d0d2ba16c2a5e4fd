package org.newsmark.ui.look;

/**
 * Where the window's look and layout are remembered between runs. The application keeps them and
 * writes them to disk off the JavaFX thread; the window only reads and sets values.
 */
public interface LookSettings {

    double number(String key, double fallback);

    void setNumber(String key, double value);

    String text(String key, String fallback);

    void setText(String key, String value);

    /** Asks for the values to be written soon; many calls in a row write once. */
    void saveSoon();

    /** Settings that are kept only while the program runs (for tests and benchmarks). */
    static LookSettings inMemory() {
        java.util.Map<String, String> values = new java.util.concurrent.ConcurrentHashMap<>();
        return new LookSettings() {
            @Override
            public double number(String key, double fallback) {
                try {
                    return Double.parseDouble(values.getOrDefault(key, Double.toString(fallback)));
                } catch (NumberFormatException e) {
                    return fallback;
                }
            }

            @Override
            public void setNumber(String key, double value) {
                values.put(key, Double.toString(value));
            }

            @Override
            public String text(String key, String fallback) {
                return values.getOrDefault(key, fallback);
            }

            @Override
            public void setText(String key, String value) {
                values.put(key, value);
            }

            @Override
            public void saveSoon() {
            }
        };
    }
}
