#!/usr/bin/env python3
"""A minimal sqlj engine: SQLite through Python's sqlite3, protobuf by hand. See docs/engine-authors.md."""
import re, sqlite3, sys

def varint(b, i):  # reads a base-128 varint at b[i]: (value, next index)
    n = shift = 0
    while True:
        if i >= len(b): raise ValueError("truncated varint")
        n |= (b[i] & 0x7F) << shift; shift += 7; i += 1
        if b[i - 1] < 0x80: return n, i

def fields(b):  # one message: {field number: value}; bytes for length-delimited fields, int for varints
    out, i = {}, 0
    while i < len(b):
        key, i = varint(b, i)
        if key & 7 == 0: value, i = varint(b, i)
        elif key & 7 == 2:
            n, i = varint(b, i)
            if i + n > len(b): raise ValueError("truncated field %d" % (key >> 3))
            value, i = b[i:i + n], i + n
        else: raise ValueError("unexpected wire type %d" % (key & 7))
        out[key >> 3] = value
    return out

def put(number, value):  # one field: an int as a varint, a str or bytes length-delimited
    if isinstance(value, int): return put_varint(number << 3) + put_varint(value)
    value = value.encode() if isinstance(value, str) else value
    return put_varint(number << 3 | 2) + put_varint(len(value)) + value

def put_varint(n):
    out = bytearray()
    while n > 0x7F: out.append(n & 0x7F | 0x80); n >>= 7
    return bytes(out + bytes([n]))

def error(message, line=0, column=0):  # a ParseResponse holding one ERROR Diagnostic
    return put(4, put(1, 1) + put(2, message) + put(3, line) + put(4, column))

def parse(request):
    sql, db = request.get(1, b"").decode(), sqlite3.connect(":memory:")
    try: db.executescript(request.get(2, b"").decode())
    except sqlite3.Error as e: return error("schema: %s" % e)
    types = {c[1]: (c[2].split("(")[0], c[3]) for t, in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
             for c in db.execute("PRAGMA table_info(%s)" % t)}  # column name -> (declared type, not null)
    params, named = [], {}
    def placeholder(m):  # `column = ?` or `@name`: `?` in the JDBC sql, typed by the column
        name = m.group(3) or ""
        position = named.get(name) or max([p[1] for p in params], default=0) + 1
        if name: named[name] = position
        params.append((name, position, types.get(m.group(1) or name, ("TEXT", 0))[0]))
        return m.group(0)[:m.start(2) - m.start(0)] + "?"
    jdbc_sql = re.sub(r"(?:(\w+)\s*=\s*)?(\?|@(\w+))", placeholder, sql)
    try: description = db.execute(jdbc_sql, [None] * len(params)).description or []
    except sqlite3.IntegrityError: description = []  # NULL into a NOT NULL column: the SQL itself is fine
    except sqlite3.Error as e:  # place the error at the token SQLite names, else at 1:1
        near = re.search(r'near "([^"]*)"|column: (\w+)|table: (\w+)', str(e))
        at = max(sql.find(next(g for g in near.groups() if g)), 0) if near else 0
        return error(str(e), sql.count("\n", 0, at) + 1, at - sql.rfind("\n", 0, at))
    response = put(1, jdbc_sql)
    for name, position, data_type in params:
        response += put(2, put(1, name) + put(2, position) + put(3, data_type))
    for column in description:
        data_type, not_null = types.get(column[0], ("ANY", 0))
        response += put(3, put(1, column[0]) + put(2, data_type) + put(3, 0 if not_null else 1))
    return response

if sys.argv[1:] != ["parse"]: sys.exit("usage: sqlj-engine-minimal.py parse")  # no `info`: sqlj uses parse
try: request = fields(sys.stdin.buffer.read())
except ValueError as e: sys.exit("sqlj-engine-minimal.py: cannot decode the ParseRequest: %s" % e)
sys.stdout.buffer.write(parse(request))
