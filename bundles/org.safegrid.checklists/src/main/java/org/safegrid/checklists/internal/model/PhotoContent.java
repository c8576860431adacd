package org.safegrid.checklists.internal.model;

/** A photo's bytes and their media type. */
public record PhotoContent(String contentType, byte[] data) {
}
