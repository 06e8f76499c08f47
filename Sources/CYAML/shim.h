#ifndef DGLINT_CYAML_SHIM_H
#define DGLINT_CYAML_SHIM_H
#include <yaml.h>
#endif
