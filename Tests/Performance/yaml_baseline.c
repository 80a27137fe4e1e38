/* Raw libyaml as a whole process: reads every .yaml/.yml file below FOLDER (hidden entries
 * skipped, like `blueprint check`) and runs the same event loop as Sources/YAMLBaseline, only
 * counting events. The baseline `check` is measured against in Tests/Performance/check-vs-libyaml.sh.
 *   cc -O2 -I Sources/YAMLBaseline/include -o yaml_baseline Tests/Performance/yaml_baseline.c \
 *      Sources/YAMLBaseline/YAMLBaseline.c -lyaml
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <yaml.h>
#include "YAMLBaseline.h" /* the same loop bench runs in memory, compiled in beside this file */

static long events, files;


static int is_yaml(const char *name) {
    size_t n = strlen(name);
    return (n > 5 && strcasecmp(name + n - 5, ".yaml") == 0) || (n > 4 && strcasecmp(name + n - 4, ".yml") == 0);
}

static void walk(const char *folder) {
    DIR *dir = opendir(folder);
    if (!dir) return;
    struct dirent *entry;
    while ((entry = readdir(dir))) {
        if (entry->d_name[0] == '.') continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", folder, entry->d_name);
        if (entry->d_type == DT_DIR) { walk(path); continue; }
        if (!is_yaml(entry->d_name)) continue;
        FILE *file = fopen(path, "rb");
        if (!file) continue;
        fseek(file, 0, SEEK_END);
        long size = ftell(file);
        fseek(file, 0, SEEK_SET);
        unsigned char *bytes = malloc(size > 0 ? size : 1);
        if (fread(bytes, 1, size, file) == (size_t)size) { events += yaml_baseline_count_events(bytes, size); files++; }
        free(bytes);
        fclose(file);
    }
    closedir(dir);
}

int main(int argc, char **argv) {
    walk(argc > 1 ? argv[1] : ".");
    printf("%ld files, %ld events\n", files, events);
    return 0;
}
