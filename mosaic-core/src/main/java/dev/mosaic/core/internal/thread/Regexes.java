package dev.mosaic.core.internal.thread;

import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Compiled patterns for the regular expressions written inline where they are used ({@code String.matches} compiles
 * one on every call, which costs more than the rest of reading a message's facts). Thread-safe.
 */
final class Regexes {
    private static final ConcurrentHashMap<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private Regexes() {
    }

    /** {@return whether the whole text matches the expression, as {@link String#matches}} */
    static boolean matches(CharSequence text, String regex) {
        return COMPILED.computeIfAbsent(regex, Pattern::compile).matcher(text).matches();
    }

    /** {@return the text with every match of the expression replaced, as {@link String#replaceAll}} */
    static String replaceAll(String text, String regex, String replacement) {
        return COMPILED.computeIfAbsent(regex, Pattern::compile).matcher(text).replaceAll(replacement);
    }

    /** {@return the text split around the expression, as {@link String#split(String)}} */
    static String[] split(String text, String regex) {
        return COMPILED.computeIfAbsent(regex, Pattern::compile).split(text);
    }
}
