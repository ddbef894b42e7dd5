package chokepoint.designations.domain.ownership;

import java.util.Arrays;

/** String id to dense int, open addressing (no boxing, no per-entry objects); -1 when absent. */
final class StringIndex {
    private String[] keys;
    private int[] hashes;
    private int[] vals;
    private int mask;
    private int size;

    StringIndex(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new String[cap];
        hashes = new int[cap];
        vals = new int[cap];
        mask = cap - 1;
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    int get(String k) {
        int h = mix(k.hashCode());
        for (int i = h & mask; ; i = (i + 1) & mask) {
            String s = keys[i];
            if (s == null) {
                return -1;
            }
            if (s == k || (hashes[i] == h && s.equals(k))) {
                return vals[i];
            }
        }
    }

    /** Returns the existing value or stores {@code next} and returns it. */
    int getOrPut(String k, int next) {
        int h = mix(k.hashCode());
        int i = h & mask;
        for (; ; i = (i + 1) & mask) {
            String s = keys[i];
            if (s == null) {
                break;
            }
            if (s == k || (hashes[i] == h && s.equals(k))) {
                return vals[i];
            }
        }
        keys[i] = k;
        hashes[i] = h;
        vals[i] = next;
        if (++size * 2 > keys.length) {
            rehash();
        }
        return next;
    }

    private void rehash() {
        String[] ok = keys;
        int[] oh = hashes;
        int[] ov = vals;
        int cap = ok.length * 2;
        keys = new String[cap];
        hashes = new int[cap];
        vals = new int[cap];
        mask = cap - 1;
        for (int j = 0; j < ok.length; j++) {
            if (ok[j] != null) {
                int i = oh[j] & mask;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = ok[j];
                hashes[i] = oh[j];
                vals[i] = ov[j];
            }
        }
        Arrays.fill(ok, null);
    }
}
