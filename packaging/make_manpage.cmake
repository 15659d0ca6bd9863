# Writes the manual page compute-atlas.1 from the program's own --help texts, so it covers every command and
# option the binary has and cannot drift from it. Run at build time:
#   cmake -DATLAS_BIN=path/to/compute-atlas -DOUT=compute-atlas.1 -DVERSION=x.y.z -DDATE=YYYY-MM-DD -P make_manpage.cmake
# The sub-commands are the words after "compute-atlas" on the usage lines of `compute-atlas --help`.

function(help_of out)
  execute_process(COMMAND ${ATLAS_BIN} ${ARGN} --help
    OUTPUT_VARIABLE text ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "compute-atlas ${ARGN} --help failed (${rc}): ${err}")
  endif()
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Text as roff: backslashes doubled, a leading dot or quote guarded, inside a no-fill block.
function(as_roff out text)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  string(REGEX REPLACE "\n$" "" text "${text}")
  set(${out} ".nf\n${text}\n.fi\n" PARENT_SCOPE)
endfunction()

help_of(main_help)
string(REGEX MATCHALL "compute-atlas +([a-z][a-z-]*)" usage_words "${main_help}")
set(commands "")
foreach(word IN LISTS usage_words)
  string(REGEX REPLACE "compute-atlas +" "" command "${word}")
  list(APPEND commands ${command})
endforeach()
list(REMOVE_DUPLICATES commands)

as_roff(synopsis "${main_help}")
set(page ".TH COMPUTE-ATLAS 1 \"${DATE}\" \"compute-atlas ${VERSION}\" \"User Commands\"
.SH NAME
compute-atlas \\- AI accelerators, their deployments and the money around them, with a source for every number
.SH SYNOPSIS
${synopsis}.SH DESCRIPTION
Compute Atlas compares AI accelerators (NVIDIA, Google TPU, AMD Instinct, AWS Trainium and others) with a dated,
cited claim behind every figure, keeps dense and sparse throughput apart and marks projections. It shows where
accelerators are deployed and how money flows between the companies that build, buy and finance them, and its
roofline calculator says whether a chip is compute- or memory-bound on an LLM workload, with tokens per second,
per dollar and per joule.
.PP
Without a sub-command it opens the window (English, Traditional and Simplified Chinese). With one it runs
headless and needs no display.
.SH COMMANDS
")
foreach(command IN LISTS commands)
  help_of(text ${command})
  as_roff(block "${text}")
  string(APPEND page ".SS ${command}\n${block}")
endforeach()
string(APPEND page ".SH WINDOW OPTIONS
.TP
.B \\-\\-lang en|zh_TW|zh_CN
The interface language for this run (the View menu's choice is what is remembered).
.TP
.B \\-\\-view NAME
The view to show first.
.TP
.B \\-\\-screenshot FILE.png \\fR[\\fB\\-\\-size\\fR WxH]
Render the view offscreen to a PNG file and exit.
.TP
.B \\-\\-quit\\-after\\-first\\-frame
Exit as soon as the window's first frame is painted (how start-up is measured).
.SH FILES
.TP
.I ~/.local/share/compute-atlas/user.sqlite
Your own rows (imports). The bundled database inside the program is never written.
.TP
.I ~/.config/compute-atlas/compute-atlas.conf
The window's remembered state and each view's choices.
.SH EXIT STATUS
0 on success, 1 when the work failed (a file could not be written, the data is invalid), 2 for wrong usage
(an unknown sub-command, option, chip or value; the message names the valid choices).
.SH ENVIRONMENT
.TP
.B QT_QPA_PLATFORM
Headless commands and screenshots render offscreen unless a platform is set.
")
file(WRITE ${OUT} "${page}")
