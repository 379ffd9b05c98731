package io.github.eduroadmap.cli;

/** The language of the command's output. */
enum Language {
    ru,
    en
}
