#include <pango/pangocairo.h>
#include <cairo-pdf.h>
#include <pango/pangofc-font.h>
#include <fontconfig/fontconfig.h>
