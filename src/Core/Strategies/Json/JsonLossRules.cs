using System.Collections.Generic;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>
    /// The one list, in code, of what the Json strategy loses. docs/json-strategy.md explains each rule under its id,
    /// and a test keeps the two in step. Add a rule here before the strategy learns to lose something new.
    /// </summary>
    internal static class JsonLossRules
    {
        public static readonly JsonLossRule Types = new JsonLossRule(
            "Types",
            "Only JSON's types come back: dictionaries and objects as ordered hashtables and PSCustomObjects (ordered dictionaries without PowerShell), every list, set, queue or array as object[], and scalars as string, int, long, decimal, double, bool, DateTime or null.");

        public static readonly JsonLossRule ScalarsAsStrings = new JsonLossRule(
            "ScalarsAsStrings",
            "char, Guid, Uri, Version, TimeSpan, IPAddress, DateOnly and TimeOnly are written as strings and come back as strings; DBNull comes back as null.");

        public static readonly JsonLossRule PrivateState = new JsonLossRule(
            "PrivateState",
            "Objects are written from their public instance fields and public readable instance properties only, so private state, static members, write-only and indexed properties are lost, and the getters run.");

        public static readonly JsonLossRule SharedReferences = new JsonLossRule(
            "SharedReferences",
            "A value reached by two paths is written twice and comes back as two independent copies.");

        public static readonly JsonLossRule Cycles = new JsonLossRule(
            "Cycles",
            "A cycle cannot be written: the copy fails with CycleNotSupported and the path of the repeated value.");

        public static readonly JsonLossRule NonStringKeys = new JsonLossRule(
            "NonStringKeys",
            "Dictionary keys become strings (numbers and dates in invariant form, enums by name, anything else by ToString()); keys that become equal collapse, and the later entry wins.");

        public static readonly JsonLossRule Comparers = new JsonLossRule(
            "Comparers",
            "Dictionary comparers and sort orders are lost: every dictionary comes back as the shape factory makes it (an ordered hashtable, case-sensitive like ConvertFrom-Json -AsHashtable), so a case-insensitive @{} comes back case-sensitive, and names differing only in case collapse into one PSCustomObject property.");

        public static readonly JsonLossRule DateTimes = new JsonLossRule(
            "DateTimes",
            "DateTime keeps its Kind (Utc, Local, Unspecified), but Local times are tied to this machine's time zone; DateTimeOffset comes back as a local DateTime of the same instant (a Utc one where the local time is outside DateTime's range) and loses its offset; and any string shaped like an ISO 8601 date-time (yyyy-MM-ddTHH:mm:ss...) comes back as a DateTime.");

        public static readonly JsonLossRule Numbers = new JsonLossRule(
            "Numbers",
            "A number comes back typed by its text: int, else long, else decimal, else double. sbyte, byte, short, ushort, uint, ulong, IntPtr, UIntPtr, Int128, UInt128, Half, float and BigInteger types are lost; a whole double (1.0) comes back as int or long when it is written without an exponent (below 1E+17 on .NET, 1E+15 on .NET Framework), and as double when it is written with one (1E+17); -0.0 as 0; NaN and Infinity as strings; a decimal whose text is also a double's shortest form (0.1m, not 0.10000000000000001m) as double; a whole decimal (5m) as int or long; integers beyond decimal's range as the nearest double; and beyond double's range as the string Infinity or -Infinity, like an infinite double. A float comes back as the double its text reads as, and on .NET Framework (Windows PowerShell 5.1) System.Text.Json writes a float in 9 significant digits, so 0.1f comes back as 0.100000001 there and as 0.1 on .NET.");

        public static readonly JsonLossRule EnumTypes = new JsonLossRule(
            "EnumTypes",
            "Enums are written as their underlying number, like ConvertTo-Json, and come back as that number.");

        public static readonly JsonLossRule PSObjectMembers = new JsonLossRule(
            "PSObjectMembers",
            "Of a PSObject's own members only note properties are written: script, alias and code properties, methods and type names are lost (script properties never run), and notes on a wrapped string, number or list are dropped.");

        public static readonly JsonLossRule ReservedMemberNames = new JsonLossRule(
            "ReservedMemberNames",
            "PSAdapted, PSBase, PSExtended, PSObject and PSTypeNames cannot be member names of a PSCustomObject (PowerShell reserves them, in any case), so an object with a public field or property so named, or a DataRow with such a column, cannot be copied: the copy fails with ReservedMemberName at the member's path, naming the object, before anything is built. As dictionary keys these names are kept, and without PowerShell, where objects come back as ordered dictionaries, so is every name.");

        public static readonly JsonLossRule SharedByContract = new JsonLossRule(
            "SharedByContract",
            "Values that every strategy shares by contract (Type and other reflection objects, comparers, cultures, encodings, regexes, script blocks, registered shared types) are not written: the copy holds the same instance, as with the other strategies.");

        public static readonly JsonLossRule InvalidText = new JsonLossRule(
            "InvalidText",
            "A lone UTF-16 surrogate in a string or key, which JSON cannot encode, comes back as U+FFFD, as does one escaped in a string or name of a JsonDocument, JsonElement or JsonNode.");

        public static IReadOnlyList<JsonLossRule> All { get; } = new[]
        {
            Types, ScalarsAsStrings, PrivateState, SharedReferences, Cycles, NonStringKeys, Comparers, DateTimes,
            Numbers, EnumTypes, PSObjectMembers, ReservedMemberNames, SharedByContract, InvalidText,
        };
    }
}
