package sample;

/** Gives beta something to depend on, so that mvnd's builder and Maven's build alpha first. */
public final class Alpha {
    private Alpha() {}
}
