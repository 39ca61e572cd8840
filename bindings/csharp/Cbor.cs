// Cbor.cs — the value mapping between Cloaca (Python) values and C# objects, over CBOR
// (RFC 8949), as documented at the top of bindings/c/cloaca.h:
//
//   None  <-> null                bool  <-> bool
//   int   <-> long                float <-> double   (int, short, byte, ... and float are
//   str   <-> string              bytes <-> byte[]    accepted when encoding)
//   list  <-> List<object>        tuple <-> object[]  (any other IList encodes as a list)
//   dict  <-> Dictionary<object, object> (insertion order; any IDictionary encodes)
//   host handle <-> HostHandle
//
// Ints are 64-bit signed on the boundary (larger ints raise OverflowError in the script before
// they reach the host). C# ≤ 7.2, no unsafe code: it compiles with Mono's mcs and under Unity.

using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Cloaca
{
    /// <summary>An opaque 64-bit id the host chooses; scripts store it and pass it back.</summary>
    public struct HostHandle : IEquatable<HostHandle>
    {
        public readonly ulong Id;

        public HostHandle(ulong id)
        {
            Id = id;
        }

        public bool Equals(HostHandle other)
        {
            return Id == other.Id;
        }

        public override bool Equals(object obj)
        {
            return obj is HostHandle && Equals((HostHandle)obj);
        }

        public override int GetHashCode()
        {
            return Id.GetHashCode();
        }

        public override string ToString()
        {
            return "HostHandle(" + Id + ")";
        }
    }

    /// <summary>A value that has no mapping (or malformed CBOR).</summary>
    public sealed class ValueMappingException : Exception
    {
        public ValueMappingException(string message) : base(message)
        {
        }
    }

    /// <summary>CBOR encoding and decoding of the value mapping.</summary>
    public static class Cbor
    {
        public const ulong TagTuple = 0x636C0001;
        public const ulong TagHandle = 0x636C0002;
        public const int MaxDepth = 64;

        public static byte[] Encode(object value)
        {
            var s = new MemoryStream();
            Write(s, value, 0);
            return s.ToArray();
        }

        public static object Decode(byte[] data)
        {
            if (data == null) throw new ArgumentNullException("data");
            int pos = 0;
            object v = Read(data, ref pos, 0);
            if (pos != data.Length) throw new ValueMappingException("trailing bytes after the CBOR value");
            return v;
        }

        static void Head(Stream s, int major, ulong n)
        {
            int m = major << 5;
            if (n < 24)
            {
                s.WriteByte((byte)(m | (int)n));
            }
            else if (n <= 0xff)
            {
                s.WriteByte((byte)(m | 24));
                s.WriteByte((byte)n);
            }
            else if (n <= 0xffff)
            {
                s.WriteByte((byte)(m | 25));
                BigEndian(s, n, 2);
            }
            else if (n <= 0xffffffff)
            {
                s.WriteByte((byte)(m | 26));
                BigEndian(s, n, 4);
            }
            else
            {
                s.WriteByte((byte)(m | 27));
                BigEndian(s, n, 8);
            }
        }

        static void BigEndian(Stream s, ulong n, int bytes)
        {
            for (int i = bytes - 1; i >= 0; i--) s.WriteByte((byte)(n >> (8 * i)));
        }

        static void WriteInt(Stream s, long v)
        {
            if (v >= 0) Head(s, 0, (ulong)v);
            else Head(s, 1, (ulong)(-1 - v));
        }

        static void Write(Stream s, object v, int depth)
        {
            if (depth > MaxDepth) throw new ValueMappingException("value nested deeper than " + MaxDepth);
            if (v == null) { s.WriteByte(0xf6); return; }
            if (v is bool) { s.WriteByte((bool)v ? (byte)0xf5 : (byte)0xf4); return; }
            if (v is long) { WriteInt(s, (long)v); return; }
            if (v is int) { WriteInt(s, (int)v); return; }
            if (v is short) { WriteInt(s, (short)v); return; }
            if (v is sbyte) { WriteInt(s, (sbyte)v); return; }
            if (v is byte) { WriteInt(s, (byte)v); return; }
            if (v is ushort) { WriteInt(s, (ushort)v); return; }
            if (v is uint) { WriteInt(s, (uint)v); return; }
            if (v is ulong)
            {
                ulong u = (ulong)v;
                if (u > long.MaxValue) throw new OverflowException("int out of the 64-bit signed range: " + u);
                WriteInt(s, (long)u);
                return;
            }
            if (v is double || v is float)
            {
                double d = v is double ? (double)v : (float)v;
                s.WriteByte(0xfb);
                BigEndian(s, (ulong)BitConverter.DoubleToInt64Bits(d), 8);
                return;
            }
            var str = v as string;
            if (str != null)
            {
                var b = Encoding.UTF8.GetBytes(str);
                Head(s, 3, (ulong)b.Length);
                s.Write(b, 0, b.Length);
                return;
            }
            var bytes = v as byte[];
            if (bytes != null)
            {
                Head(s, 2, (ulong)bytes.Length);
                s.Write(bytes, 0, bytes.Length);
                return;
            }
            if (v is HostHandle)
            {
                Head(s, 6, TagHandle);
                Head(s, 0, ((HostHandle)v).Id);
                return;
            }
            var tuple = v as object[];
            if (tuple != null)
            {
                Head(s, 6, TagTuple);
                Head(s, 4, (ulong)tuple.Length);
                foreach (var item in tuple) Write(s, item, depth + 1);
                return;
            }
            var dict = v as IDictionary;
            if (dict != null)
            {
                Head(s, 5, (ulong)dict.Count);
                foreach (DictionaryEntry e in dict)
                {
                    Write(s, e.Key, depth + 1);
                    Write(s, e.Value, depth + 1);
                }
                return;
            }
            var list = v as IList;
            if (list != null)
            {
                Head(s, 4, (ulong)list.Count);
                foreach (var item in list) Write(s, item, depth + 1);
                return;
            }
            throw new ValueMappingException("no Cloaca value for a " + v.GetType().FullName);
        }

        static byte Next(byte[] d, ref int pos)
        {
            if (pos >= d.Length) throw new ValueMappingException("truncated CBOR value");
            return d[pos++];
        }

        static ulong Argument(byte[] d, ref int pos, int info)
        {
            if (info < 24) return (ulong)info;
            int n;
            switch (info)
            {
                case 24: n = 1; break;
                case 25: n = 2; break;
                case 26: n = 4; break;
                case 27: n = 8; break;
                default: throw new ValueMappingException("malformed CBOR head");
            }
            ulong v = 0;
            for (int i = 0; i < n; i++) v = (v << 8) | Next(d, ref pos);
            return v;
        }

        static int Length(ulong n, byte[] d, int pos)
        {
            if (n > (ulong)(d.Length - pos)) throw new ValueMappingException("truncated CBOR value");
            return (int)n;
        }

        static bool AtBreak(byte[] d, ref int pos)
        {
            if (pos >= d.Length) throw new ValueMappingException("truncated CBOR value");
            if (d[pos] != 0xff) return false;
            pos++;
            return true;
        }

        static byte[] ReadChunks(byte[] d, ref int pos, int major, int info)
        {
            if (info != 31)
            {
                int n = Length(Argument(d, ref pos, info), d, pos);
                var b = new byte[n];
                Array.Copy(d, pos, b, 0, n);
                pos += n;
                return b;
            }
            var s = new MemoryStream();
            while (!AtBreak(d, ref pos))
            {
                byte h = Next(d, ref pos);
                if (h >> 5 != major || (h & 31) == 31) throw new ValueMappingException("malformed indefinite-length string");
                var chunk = ReadChunks(d, ref pos, major, h & 31);
                s.Write(chunk, 0, chunk.Length);
            }
            return s.ToArray();
        }

        static object Read(byte[] d, ref int pos, int depth)
        {
            if (depth > MaxDepth) throw new ValueMappingException("CBOR nested deeper than " + MaxDepth);
            byte h = Next(d, ref pos);
            int major = h >> 5, info = h & 31;
            switch (major)
            {
                case 0:
                {
                    ulong n = Argument(d, ref pos, info);
                    if (n > long.MaxValue) throw new ValueMappingException("int out of the 64-bit signed range");
                    return (long)n;
                }
                case 1:
                {
                    ulong n = Argument(d, ref pos, info);
                    if (n > long.MaxValue) throw new ValueMappingException("int out of the 64-bit signed range");
                    return -1 - (long)n;
                }
                case 2:
                    return ReadChunks(d, ref pos, 2, info);
                case 3:
                {
                    var b = ReadChunks(d, ref pos, 3, info);
                    try
                    {
                        return new UTF8Encoding(false, true).GetString(b);
                    }
                    catch (ArgumentException)
                    {
                        throw new ValueMappingException("invalid UTF-8 in a CBOR text string");
                    }
                }
                case 4:
                {
                    var list = new List<object>();
                    if (info == 31)
                    {
                        while (!AtBreak(d, ref pos)) list.Add(Read(d, ref pos, depth + 1));
                    }
                    else
                    {
                        ulong n = Argument(d, ref pos, info);
                        Length(n, d, pos);
                        for (ulong i = 0; i < n; i++) list.Add(Read(d, ref pos, depth + 1));
                    }
                    return list;
                }
                case 5:
                {
                    var dict = new Dictionary<object, object>();
                    if (info == 31)
                    {
                        while (!AtBreak(d, ref pos))
                        {
                            object k = Read(d, ref pos, depth + 1);
                            dict[k] = Read(d, ref pos, depth + 1);
                        }
                    }
                    else
                    {
                        ulong n = Argument(d, ref pos, info);
                        Length(n, d, pos);
                        for (ulong i = 0; i < n; i++)
                        {
                            object k = Read(d, ref pos, depth + 1);
                            dict[k] = Read(d, ref pos, depth + 1);
                        }
                    }
                    return dict;
                }
                case 6:
                {
                    ulong tag = Argument(d, ref pos, info);
                    if (tag == TagTuple)
                    {
                        var inner = Read(d, ref pos, depth + 1) as List<object>;
                        if (inner == null) throw new ValueMappingException("the tuple tag must wrap an array");
                        return inner.ToArray();
                    }
                    if (tag == TagHandle)
                    {
                        byte hh = Next(d, ref pos);
                        if (hh >> 5 != 0) throw new ValueMappingException("the handle tag must wrap an unsigned integer");
                        return new HostHandle(Argument(d, ref pos, hh & 31));
                    }
                    throw new ValueMappingException("unknown CBOR tag " + tag);
                }
                default:
                    switch (info)
                    {
                        case 20: return false;
                        case 21: return true;
                        case 22: return null;
                        case 25: return Half((ushort)Argument(d, ref pos, 25));
                        case 26:
                        {
                            var b = BitConverter.GetBytes((uint)Argument(d, ref pos, 26));
                            return (double)BitConverter.ToSingle(b, 0);
                        }
                        case 27: return BitConverter.Int64BitsToDouble((long)Argument(d, ref pos, 27));
                        default: throw new ValueMappingException("CBOR simple value with no mapping (0x" + h.ToString("x2") + ")");
                    }
            }
        }

        static double Half(ushort h)
        {
            int exp = (h >> 10) & 0x1f, mant = h & 0x3ff;
            double v;
            if (exp == 0) v = mant * Math.Pow(2, -24);
            else if (exp == 31) v = mant == 0 ? double.PositiveInfinity : double.NaN;
            else v = (mant + 1024) * Math.Pow(2, exp - 25);
            return (h & 0x8000) != 0 ? -v : v;
        }
    }
}
