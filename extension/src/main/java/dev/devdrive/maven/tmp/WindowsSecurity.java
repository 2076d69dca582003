package dev.devdrive.maven.tmp;

import com.sun.jna.Native;
import com.sun.jna.platform.win32.Advapi32;
import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.Kernel32Util;
import com.sun.jna.platform.win32.WinBase;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import com.sun.jna.win32.StdCallLibrary;
import com.sun.jna.win32.W32APIOptions;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystem;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;

/**
 * The advapi32 and kernel32 calls that owner-only directories need on Windows, and nothing else: which
 * account this process runs as, and creating a directory with a security descriptor. Loaded only on Windows.
 */
final class WindowsSecurity {

    static final String SYSTEM_SID = "S-1-5-18";
    static final String ADMINISTRATORS_SID = "S-1-5-32-544";

    private static final int SDDL_REVISION_1 = 1;

    /** Not mapped by jna-platform. */
    private interface Sddl extends StdCallLibrary {
        Sddl INSTANCE = Native.load("advapi32", Sddl.class, W32APIOptions.UNICODE_OPTIONS);

        boolean ConvertStringSecurityDescriptorToSecurityDescriptor(
                String sddl, int revision, PointerByReference descriptor, IntByReference size);
    }

    private WindowsSecurity() {}

    /**
     * The SID of the account this process runs as, from its token ({@code TokenUser}). {@code user.name} has
     * no domain: looked up by name, a domain user whose name matches a local account gets that account.
     */
    static String currentUserSid() throws IOException {
        WinNT.HANDLEByReference token = new WinNT.HANDLEByReference();
        if (!Advapi32.INSTANCE.OpenProcessToken(Kernel32.INSTANCE.GetCurrentProcess(), WinNT.TOKEN_QUERY, token)) {
            throw new IOException("OpenProcessToken failed: " + Kernel32Util.formatMessage(Native.getLastError()));
        }
        try {
            return Advapi32Util.getTokenAccount(token.getValue()).sidString;
        } catch (RuntimeException e) {
            throw new IOException("the process token's user cannot be read: " + e.getMessage(), e);
        } finally {
            Kernel32.INSTANCE.CloseHandle(token.getValue());
        }
    }

    /** The JDK's principal for a SID; the JDK compares principals by SID, whatever the names' language. */
    static UserPrincipal principal(FileSystem fs, String sid) throws IOException {
        Advapi32Util.Account account;
        try {
            account = Advapi32Util.getAccountBySid(sid);
        } catch (RuntimeException e) {
            throw new IOException("the account of " + sid + " cannot be looked up: " + e.getMessage(), e);
        }
        return fs.getUserPrincipalLookupService().lookupPrincipalByName(account.fqn);
    }

    /**
     * {@code dir} in the form that Win32 file calls take past {@code MAX_PATH}: without the {@code \\?\} prefix,
     * CreateDirectoryW refuses a path of 248 characters or more unless the process is long-path aware, and
     * {@code java.exe} is not. The prefix turns off Win32 path normalisation, so the path is made absolute and
     * normal first (the JDK does the same for its own calls).
     */
    static String longPath(Path dir) {
        String path = dir.toAbsolutePath().normalize().toString();
        if (path.startsWith("\\\\?\\")) {
            return path;
        }
        return path.startsWith("\\\\") ? "\\\\?\\UNC" + path.substring(1) : "\\\\?\\" + path;
    }

    /**
     * Creates {@code dir} with the security descriptor {@code sddl} as part of the creation, so that no
     * inheritable entry of the parent ever applies to it.
     */
    static void createDirectory(Path dir, String sddl) throws IOException {
        PointerByReference descriptor = new PointerByReference();
        if (!Sddl.INSTANCE.ConvertStringSecurityDescriptorToSecurityDescriptor(
                sddl, SDDL_REVISION_1, descriptor, null)) {
            throw new IOException("the security descriptor " + sddl + " is not valid: "
                    + Kernel32Util.formatMessage(Native.getLastError()));
        }
        try {
            WinBase.SECURITY_ATTRIBUTES attributes = new WinBase.SECURITY_ATTRIBUTES();
            attributes.lpSecurityDescriptor = descriptor.getValue();
            attributes.bInheritHandle = false;
            if (!Kernel32.INSTANCE.CreateDirectory(longPath(dir), attributes)) {
                int error = Native.getLastError();
                if (error == WinError.ERROR_ALREADY_EXISTS) {
                    throw new FileAlreadyExistsException(dir.toString());
                }
                if (error == WinError.ERROR_PATH_NOT_FOUND) {
                    throw new NoSuchFileException(dir.toString());
                }
                throw new IOException("cannot create " + dir + ": " + Kernel32Util.formatMessage(error));
            }
        } finally {
            Kernel32.INSTANCE.LocalFree(descriptor.getValue());
        }
    }
}
