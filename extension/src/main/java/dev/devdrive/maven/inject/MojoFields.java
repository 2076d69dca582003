package dev.devdrive.maven.inject;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * Reads and writes the parameters of a configured mojo of another plugin. The plugin's classes live in their
 * own class realm, so they are reached by name: accessors where the plugin has them, fields otherwise. Adapters
 * look up every member they write before they change anything, so a plugin version that lacks one is left
 * untouched.
 */
final class MojoFields {

    /** Maven 4 runs a mojo written against its new API inside a Maven 3 {@code Mojo} that holds it in this field. */
    private static final String MAVEN4_WRAPPED_MOJO = "mojoV4";

    private MojoFields() {}

    /** The mojo the plugin wrote: Maven 4's wrapper around a Maven 4 API mojo is opened. */
    static Object pluginMojo(Object mojo) throws IllegalAccessException {
        if (mojo.getClass().getName().startsWith("org.apache.maven.")) {
            try {
                return field(mojo, MAVEN4_WRAPPED_MOJO).get(mojo);
            } catch (NoSuchFieldException e) {
                return mojo;
            }
        }
        return mojo;
    }

    static Method method(Object mojo, String name, Class<?>... parameters) throws NoSuchMethodException {
        for (Class<?> c = mojo.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Method method = c.getDeclaredMethod(name, parameters);
                method.setAccessible(true);
                return method;
            } catch (NoSuchMethodException e) {
                // declared higher up
            }
        }
        throw new NoSuchMethodException(mojo.getClass().getName() + "." + name);
    }

    /** A member only some versions of the plugin have, which the adapters read only where it exists. */
    static Optional<Method> optionalMethod(Object mojo, String name) {
        try {
            return Optional.of(method(mojo, name));
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    static Optional<Field> optionalField(Object mojo, String name) {
        try {
            return Optional.of(field(mojo, name));
        } catch (NoSuchFieldException e) {
            return Optional.empty();
        }
    }

    static Field field(Object mojo, String name) throws NoSuchFieldException {
        for (Class<?> c = mojo.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                // declared higher up
            }
        }
        throw new NoSuchFieldException(mojo.getClass().getName() + "." + name);
    }
}
