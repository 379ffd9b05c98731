package io.github.eduroadmap.imports.internal.table;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Hostile archives for the readers' tests. */
public final class Zips {

    private Zips() {}

    /** An archive with one part of {@code size} equal bytes: a few hundred kilobytes that unpack to {@code size}. */
    public static byte[] bomb(String part, long size) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(part));
            byte[] block = new byte[1 << 16];
            java.util.Arrays.fill(block, (byte) ' ');
            for (long written = 0; written < size; written += block.length) {
                zip.write(block, 0, (int) Math.min(block.length, size - written));
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A copy of an archive with {@code extra} spaces appended to one XML part: legal XML, absurdly compressible. */
    public static byte[] padded(byte[] archive, String part, int extra) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(9);
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(in.readAllBytes());
                if (e.getName().equals(part)) {
                    byte[] spaces = new byte[extra];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    out.write(spaces);
                }
                out.closeEntry();
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }
}
