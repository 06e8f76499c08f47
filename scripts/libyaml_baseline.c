/*
 * The baseline `make bench` compares `dglint check --jobs 1` with: libyaml alone reading the same files.
 *
 *     libyaml-baseline FOLDER
 *
 * Walks FOLDER in sorted order (like dglint, without following links), reads every .yaml, .yml and .json
 * file whole, as dglint does, and pulls every event out of libyaml's parser, freeing each — no tree, no
 * positions, no rules. Prints "files N, bytes B, events E, errors X" so the bench can check it read what
 * dglint read. Exit status 0, or 2 when FOLDER cannot be read.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <yaml.h>

static long files, bytes, events, errors;

static int wanted(const char *name) {
    const char *dot = strrchr(name, '.');
    return dot && (!strcmp(dot, ".yaml") || !strcmp(dot, ".yml") || !strcmp(dot, ".json"));
}

static void parse(const char *path) {
    FILE *file = fopen(path, "rb");
    if (!file) { errors++; return; }
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    rewind(file);
    unsigned char *buffer = malloc(size > 0 ? (size_t)size : 1);
    size_t got = buffer ? fread(buffer, 1, (size_t)size, file) : 0;
    fclose(file);
    if (!buffer) { errors++; return; }
    yaml_parser_t parser;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, buffer, got);
    yaml_event_t event;
    for (;;) {
        if (!yaml_parser_parse(&parser, &event)) { errors++; break; }
        events++;
        int done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        if (done) break;
    }
    yaml_parser_delete(&parser);
    free(buffer);
    files++;
    bytes += (long)got;
}

static int by_name(const struct dirent **a, const struct dirent **b) { return strcmp((*a)->d_name, (*b)->d_name); }

static int walk(const char *folder) {
    struct dirent **entries;
    int count = scandir(folder, &entries, NULL, by_name);
    if (count < 0) return -1;
    for (int i = 0; i < count; i++) {
        const char *name = entries[i]->d_name;
        if (name[0] != '.') {
            char path[4096];
            snprintf(path, sizeof path, "%s/%s", folder, name);
            struct stat info;
            if (lstat(path, &info) == 0) {
                if (S_ISDIR(info.st_mode)) walk(path);
                else if (S_ISREG(info.st_mode) && wanted(name)) parse(path);
            }
        }
        free(entries[i]);
    }
    free(entries);
    return 0;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: libyaml-baseline FOLDER\n");
        return 2;
    }
    if (walk(argv[1]) != 0) {
        perror(argv[1]);
        return 2;
    }
    printf("files %ld, bytes %ld, events %ld, errors %ld\n", files, bytes, events, errors);
    return 0;
}
