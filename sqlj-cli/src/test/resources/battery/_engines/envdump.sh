#!/bin/sh
# Prints the environment it was given and fails: only PATH, SQLJ_VERSION and the variables the
# config lists may be there. (PWD, SHLVL and _ are set by the shell itself.)
env | grep -v -e '^PWD=' -e '^SHLVL=' -e '^_=' -e '^OLDPWD=' | sort >&2
exit 3
