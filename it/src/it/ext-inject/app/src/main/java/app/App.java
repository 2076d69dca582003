package app;

/** Something for the forked javac to compile, with the recording annotation processor on its class path. */
public final class App {

    private App() {}
}
