package com.example.db;

/** Written by a person: sqlj must never touch it. */
final class Handwritten {}
