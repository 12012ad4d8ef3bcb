# Writes a C++ file holding every migrations/<backend>/NNN_name.sql as a
# string, ordered by number. Run by the build; see src/db/migrations.h.
file(GLOB _files RELATIVE ${SRC} ${SRC}/sqlite/*.sql ${SRC}/postgres/*.sql)
list(SORT _files)
set(_out "// Generated from migrations/ by cmake/embed_migrations.cmake. Do not edit.\n")
string(APPEND _out "#include \"db/migrations.h\"\n\nnamespace hanse::db {\n\n")
string(APPEND _out "const std::vector<EmbeddedMigration>& embedded_migrations() {\n")
string(APPEND _out "  static const std::vector<EmbeddedMigration> all = {\n")
foreach(_f IN LISTS _files)
  get_filename_component(_dir ${_f} DIRECTORY)
  get_filename_component(_name ${_f} NAME_WE)
  string(REGEX MATCH "^[0-9]+" _num ${_name})
  math(EXPR _num "${_num} + 0")  # "008" would be an invalid octal literal
  file(READ ${SRC}/${_f} _sql)
  string(APPEND _out "    {\"${_dir}\", ${_num}, \"${_name}\", R\"__hanse_sql__(${_sql})__hanse_sql__\"},\n")
endforeach()
string(APPEND _out "  };\n  return all;\n}\n\n}  // namespace hanse::db\n")
file(WRITE ${OUT} "${_out}")
