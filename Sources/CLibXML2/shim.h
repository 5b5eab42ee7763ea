#ifndef ENACT_CLIBXML2_SHIM_H
#define ENACT_CLIBXML2_SHIM_H

// libxml2's headers pull in the system ICU headers, which clash with the ICU bundled in Foundation.
// xmlversion.h must come first so that ICU support can be switched off before anything includes it.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/relaxng.h>
#include <libxml/schematron.h>

/// The parser options Enact always uses: no network, no DTD loading or attribute defaulting, no entity
/// substitution, no XInclude, no huge-document mode (libxml2's own depth and size limits stay on).
static inline int enact_xml_safe_options(void) {
    return XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_COMPACT | XML_PARSE_BIG_LINES;
}

/// Frees memory libxml2 allocated; `xmlFree` itself is a global function pointer Swift cannot call safely.
static inline void enact_xml_free(void *pointer) {
    xmlFree(pointer);
}

#endif
