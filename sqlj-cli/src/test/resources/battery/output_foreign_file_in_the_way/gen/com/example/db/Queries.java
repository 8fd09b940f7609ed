package com.example.db;

/** Mine, not sqlj's: a run that would overwrite it must stop. */
public final class Queries {}
