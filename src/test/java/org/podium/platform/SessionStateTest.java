package org.podium.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Sessions are kept in the cluster's data grid (web.xml is distributable): every session- and view-scoped bean is
 * written out after each request, and when an instance dies another one reads it back. A field that cannot be written
 * loses the resident's half-filled form on failover (Payara only logs "Cannot serialize session attribute"). This test
 * reads every such bean's fields, and the fields of their types in turn: each must be transient, injected (CDI gives a
 * serializable proxy), primitive, or of a serializable type, collections included by their element types.
 */
class SessionStateTest {

    @Test
    void everySessionAndViewScopedBeanCanBeKeptInTheDataGrid() throws Exception {
        List<Class<?>> beans = new ArrayList<>();
        Path classes = Path.of("target", "classes");
        try (Stream<Path> files = Files.walk(classes.resolve("org/podium"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, getClass().getClassLoader());
                if (c.isAnnotationPresent(SessionScoped.class) || c.isAnnotationPresent(ViewScoped.class)) {
                    beans.add(c);
                }
            }
        }
        assertTrue(beans.size() >= 10, "the beans were found: " + beans);
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            check(bean, bean.getSimpleName(), problems, new HashSet<>());
        }
        assertEquals(List.of(), problems, "fields that cannot be kept in the data grid");
    }

    @Test
    void theCheckFindsAFieldThatCannotBeWritten() {
        List<String> problems = new ArrayList<>();
        check(Broken.class, "Broken", problems, new HashSet<>());
        assertEquals(List.of("Broken.form.thread: java.lang.Thread", "Broken.threads: java.lang.Thread"), problems);
    }

    static class Broken implements Serializable {
        Form form;
        List<Thread> threads;
        transient Thread notKept;

        @Inject
        Object injected;
    }

    static class Form implements Serializable {
        Thread thread;
        String text;
    }

    private static void check(Class<?> type, String path, List<String> problems, Set<Class<?>> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(type)) {
            problems.add(path + ": " + type.getName() + " is not Serializable");
            return;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isAnnotationPresent(Inject.class)) {
                    continue;
                }
                checkType(f.getGenericType(), path + "." + f.getName(), problems, seen);
            }
        }
    }

    private static void checkType(Type t, String path, List<String> problems, Set<Class<?>> seen) {
        if (t instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw) || raw == Optional.class) {
                for (Type arg : p.getActualTypeArguments()) {
                    checkType(arg, path, problems, seen);
                }
                return;
            }
            checkType(raw, path, problems, seen);
            return;
        }
        if (!(t instanceof Class<?> c)) {
            return; // a type variable or wildcard: decided by the value
        }
        if (c.isPrimitive()
                || c.isEnum()
                || c.getName().startsWith("java.lang.") && Serializable.class.isAssignableFrom(c)
                || c.getName().startsWith("java.time.")
                || c.getName().startsWith("java.math.")) {
            return;
        }
        if (c.isArray()) {
            checkType(c.getComponentType(), path, problems, seen);
            return;
        }
        if (c.isInterface() || Modifier.isAbstract(c.getModifiers())) {
            if (!c.getName().startsWith("java.util.") && !Serializable.class.isAssignableFrom(c)) {
                problems.add(path + ": " + c.getName() + " (an interface that is not Serializable)");
            }
            return;
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(path + ": " + c.getName());
            return;
        }
        if (c.getName().startsWith("org.podium.")) {
            check(c, path, problems, seen);
        }
    }
}
