package io.github.eduroadmap.io.internal;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;

/** Jackson's stream read constraints from the read limits, failing with our own messages. */
final class LimitConstraints extends StreamReadConstraints {

    private static final long serialVersionUID = 1L;

    LimitConstraints(Limits limits) {
        super(
                limits.maxNestingDepth(),
                limits.maxDocumentBytes(),
                -1L,
                limits.maxNumberLength(),
                limits.maxStringLength(),
                limits.maxStringLength());
    }

    static LimitExceeded tooDeep(int max) {
        return new LimitExceeded(
                "nesting deeper than the limit of " + max + " levels",
                "at most " + max + " nested objects and lists (ReadLimits.maxNestingDepth)");
    }

    static LimitExceeded tooLong(long length, int max) {
        return new LimitExceeded(
                "a text of " + length + " characters, longer than the limit of " + max,
                "at most " + max + " characters (ReadLimits.maxStringLength)");
    }

    static LimitExceeded tooLongName(long length, int max) {
        return new LimitExceeded(
                "a field name of " + length + " characters, longer than the limit of " + max,
                "at most " + max + " characters (ReadLimits.maxStringLength)",
                true);
    }

    static LimitExceeded tooLongNumber(int length, int max) {
        return new LimitExceeded(
                "a number of " + length + " characters, longer than the limit of " + max,
                "at most " + max + " characters (ReadLimits.maxNumberLength)");
    }

    @Override
    public void validateNestingDepth(int depth) throws StreamConstraintsException {
        if (depth > _maxNestingDepth) {
            throw tooDeep(_maxNestingDepth);
        }
    }

    @Override
    public void validateDocumentLength(long len) throws StreamConstraintsException {
        if (len > _maxDocLen) {
            throw new LimitExceeded(
                    "the document is larger than the limit of " + _maxDocLen + " bytes",
                    "at most " + _maxDocLen + " bytes (ReadLimits.maxDocumentBytes)");
        }
    }

    @Override
    public void validateFPLength(int length) throws StreamConstraintsException {
        if (length > _maxNumLen) {
            throw tooLongNumber(length, _maxNumLen);
        }
    }

    @Override
    public void validateIntegerLength(int length) throws StreamConstraintsException {
        if (length > _maxNumLen) {
            throw tooLongNumber(length, _maxNumLen);
        }
    }

    @Override
    public void validateStringLength(int length) throws StreamConstraintsException {
        if (length > _maxStringLen) {
            throw tooLong(length, _maxStringLen);
        }
    }

    @Override
    public void validateStringLengthLong(long length) throws StreamConstraintsException {
        if (length > _maxStringLen) {
            throw tooLong(length, _maxStringLen);
        }
    }

    @Override
    public void validateNameLength(int length) throws StreamConstraintsException {
        if (length > _maxNameLen) {
            throw tooLongName(length, _maxNameLen);
        }
    }
}
