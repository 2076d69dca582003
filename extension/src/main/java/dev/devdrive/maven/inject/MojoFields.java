package dev.devdrive.maven.inject;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * Reads and writes the parameters of a configured mojo of another plugin. The plugin's classes live in their
 * own class realm, so they are reached by name: accessors where the plugin has them, fields otherwise.
 */
final class MojoFields {

    private MojoFields() {}

    static Object call(Object mojo, String methodName) throws ReflectiveOperationException {
        Method method = findMethod(mojo.getClass(), methodName);
        method.setAccessible(true);
        return method.invoke(mojo);
    }

    static void callSetter(Object mojo, String methodName, Class<?> type, Object value)
            throws ReflectiveOperationException {
        Method method = findMethod(mojo.getClass(), methodName, type);
        method.setAccessible(true);
        method.invoke(mojo, value);
    }

    static Object get(Object mojo, String fieldName) throws ReflectiveOperationException {
        Field field = findField(mojo.getClass(), fieldName);
        field.setAccessible(true);
        return field.get(mojo);
    }

    static void set(Object mojo, String fieldName, Object value) throws ReflectiveOperationException {
        Field field = findField(mojo.getClass(), fieldName);
        field.setAccessible(true);
        field.set(mojo, value);
    }

    private static Method findMethod(Class<?> type, String name, Class<?>... parameters) throws NoSuchMethodException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredMethod(name, parameters);
            } catch (NoSuchMethodException e) {
                // declared higher up
            }
        }
        throw new NoSuchMethodException(type.getName() + "." + name);
    }

    private static Field findField(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // declared higher up
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + name);
    }
}
