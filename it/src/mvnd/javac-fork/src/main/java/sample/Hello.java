package sample;

public final class Hello {
    public static String greeting() {
        return "hello";
    }
}
