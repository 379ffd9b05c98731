/** JSON and YAML for roadmaps and monitoring documents. */
package io.github.eduroadmap.io;
