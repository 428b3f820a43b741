package dev.mosaic.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The published API of one SDK module as text, one line per public type and member of its exported packages, in the
 * spirit of OkHttp's {@code .api} dumps: each module's test compares it with the listing committed in
 * {@code api/<module>.api}, so a change to what users can call shows up as a reviewed diff of that file. Regenerate
 * with {@code -Dapi.update=true} after an intended change. Parameter names are listed because error messages name
 * them.
 */
public final class ApiListing {
    private ApiListing() {
    }

    /**
     * Fails with the differences when the module's API differs from its committed listing.
     *
     * @param classes the module's compiled classes (its {@code module-info.class} says what it exports)
     * @param committed the committed listing
     */
    public static void check(Path classes, Path committed) {
        String actual = listing(classes);
        List<String> leaks = actual.lines().filter(line -> line.contains(".internal.")).toList();
        if (!leaks.isEmpty()) {
            fail("the public API exposes types of packages the module does not export:\n" + String.join("\n", leaks));
        }
        if (Boolean.getBoolean("api.update")) {
            write(committed, actual);
            return;
        }
        String expected;
        try {
            expected = Files.readString(committed, StandardCharsets.UTF_8);
        } catch (IOException e) {
            fail("no API listing at " + committed + "; create it with -Dapi.update=true and commit it");
            return;
        }
        if (!expected.equals(actual)) {
            Set<String> before = new TreeSet<>(expected.lines().toList());
            Set<String> after = new TreeSet<>(actual.lines().toList());
            List<String> diff = new ArrayList<>();
            before.stream().filter(line -> !after.contains(line)).forEach(line -> diff.add("- " + line));
            after.stream().filter(line -> !before.contains(line)).forEach(line -> diff.add("+ " + line));
            fail("the public API differs from " + committed + " (regenerate with -Dapi.update=true if intended, and"
                    + " review the diff):\n" + String.join("\n", diff));
        }
    }

    /**
     * {@return the listing of a module's public API}
     *
     * @param classes the module's compiled classes
     */
    public static String listing(Path classes) {
        Set<String> exported;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            exported = ModuleDescriptor.read(in).exports().stream().filter(e -> !e.isQualified())
                    .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                name = name.substring(0, name.length() - ".class".length());
                int dot = name.lastIndexOf('.');
                if (dot < 0 || name.contains("$") || !exported.contains(name.substring(0, dot))) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, ApiListing.class.getClassLoader());
                if (Modifier.isPublic(type.getModifiers())) {
                    describe(type, lines);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return String.join("\n", lines) + "\n";
    }

    private static void describe(Class<?> type, List<String> lines) {
        String owner = type.getName();
        StringBuilder head = new StringBuilder(type.toGenericString());
        if (type.getGenericSuperclass() != null && type.getSuperclass() != Object.class
                && type.getSuperclass() != Record.class && type.getSuperclass() != Enum.class) {
            head.append(" extends ").append(type.getGenericSuperclass().getTypeName());
        }
        if (type.getGenericInterfaces().length > 0) {
            head.append(type.isInterface() ? " extends " : " implements ").append(Arrays.stream(
                    type.getGenericInterfaces()).map(java.lang.reflect.Type::getTypeName)
                    .collect(Collectors.joining(", ")));
        }
        if (type.isSealed()) {
            head.append(" permits ").append(Arrays.stream(type.getPermittedSubclasses()).map(Class::getName)
                    .collect(Collectors.joining(", ")));
        }
        lines.add(head.toString());
        List<String> members = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (visible(field.getModifiers()) && !field.isSynthetic()) {
                members.add(owner + " field " + field.toGenericString());
            }
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (visible(constructor.getModifiers()) && !constructor.isSynthetic()) {
                members.add(owner + " " + signature(constructor));
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (visible(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()) {
                members.add(owner + " " + signature(method));
            }
        }
        members.sort(null);
        lines.addAll(members);
        Arrays.stream(type.getDeclaredClasses()).filter(nested -> visible(nested.getModifiers()))
                .sorted(java.util.Comparator.comparing(Class::getName)).forEach(nested -> describe(nested, lines));
    }

    private static String signature(Executable executable) {
        String names = Arrays.stream(executable.getParameters()).map(Parameter::getName)
                .collect(Collectors.joining(", "));
        return executable.toGenericString() + (names.isEmpty() ? "" : " [" + names + "]");
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void write(Path committed, String listing) {
        try {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, listing, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
