package dev.mosaic.core.internal.prompts;

import java.util.Arrays;

/**
 * An open-addressing hash table from a term (a char slice) to an int, so that a lookup from the analyzer's buffer
 * needs no String. Built once, then read-only and safe to share.
 */
final class TermTable {
    private final char[][] keys;
    private final int[] values;
    private final int mask;
    private int size;

    TermTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new char[capacity][];
        values = new int[capacity];
        mask = capacity - 1;
    }

    /** Adds a key unless present. @return the value now stored for the key */
    int putIfAbsent(String key, int value) {
        if (size * 2 >= keys.length) {
            throw new IllegalStateException("term table is full; size it for the expected number of keys");
        }
        char[] chars = key.toCharArray();
        int slot = hash(chars, chars.length) & mask;
        while (keys[slot] != null) {
            if (Arrays.equals(keys[slot], chars)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = chars;
        values[slot] = value;
        size++;
        return value;
    }

    /** {@return the value for the slice, or -1} */
    int get(char[] buffer, int length) {
        int slot = hash(buffer, length) & mask;
        char[] key;
        while ((key = keys[slot]) != null) {
            if (key.length == length && Arrays.equals(key, 0, length, buffer, 0, length)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    int get(String key) {
        return get(key.toCharArray(), key.length());
    }

    int size() {
        return size;
    }

    private static int hash(char[] chars, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + chars[i];
        }
        return h ^ (h >>> 16);
    }
}
