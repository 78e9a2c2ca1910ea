using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Globalization;
using System.Management.Automation;
using System.Numerics;

namespace DeepCopy.Tests.Fuzz;

/// <summary>
/// Builds, from a seed, a graph JSON can represent: dictionaries with string (or integer) keys, lists and arrays,
/// PSCustomObjects, and scalars of every kind the Json strategy writes. Values may be shared (the graph is a DAG),
/// never cyclic: a container is offered for sharing only once it is complete. <see cref="JsonExpectation"/> says
/// what each one must come back as.
/// </summary>
internal sealed class JsonGraphGenerator
{
    private const int MaxNesting = 8;
    private static readonly ScriptBlock Throwing = ScriptBlock.Create("throw 'a script property ran during a copy'");

    private readonly Random _random;
    private readonly List<object> _complete = new List<object>();
    private int _budget;
    private int _names;

    private JsonGraphGenerator(int seed)
    {
        _random = new Random(unchecked((int)((uint)seed * 2246822519u)) ^ 0x3C6EF372);
        _budget = _random.Next(100) < 80 ? _random.Next(1, 25) : _random.Next(25, 150);
    }

    /// <summary>The graph of <paramref name="seed"/>, and every container in it (for tests that add a cycle).</summary>
    public static (object? Root, List<object> Containers) Create(int seed)
    {
        var generator = new JsonGraphGenerator(seed);
        var root = generator.Value(0);
        return (root, generator._complete);
    }

    private object? Value(int depth)
    {
        var roll = _random.Next(100);
        if (_budget <= 0 || depth >= MaxNesting || roll < 30)
        {
            return Scalar();
        }

        if (roll < 38 && _complete.Count > 0)
        {
            return _complete[_random.Next(_complete.Count)];
        }

        _budget--;
        var container = Container(depth + 1);
        _complete.Add(container);
        return container;
    }

    private object Container(int depth)
    {
        switch (_random.Next(10))
        {
            case 0:
                return FillStrings(new Hashtable(StringComparer.OrdinalIgnoreCase), depth);
            case 1:
                return FillStrings(new OrderedDictionary(), depth);
            case 2:
                return FillStrings(new Dictionary<string, object?>(), depth);
            case 3:
                return FillStrings(new SortedDictionary<string, object?>(StringComparer.Ordinal), depth);
            case 4:
                var byNumber = new Dictionary<int, object?>();
                for (var i = Count(); i > 0; i--)
                {
                    byNumber[_random.Next(-50, 50)] = Value(depth);
                }

                return byNumber;
            case 5:
                return Custom(depth);
            case 6:
                var list = new List<object?>();
                for (var i = Count(); i > 0; i--)
                {
                    list.Add(Value(depth));
                }

                return _random.Next(3) == 0 ? new ArrayList(list) : list;
            case 7:
                var array = new object?[Count()];
                for (var i = 0; i < array.Length; i++)
                {
                    array[i] = Value(depth);
                }

                return array;
            case 8:
                var grid = new int[_random.Next(1, 3), _random.Next(1, 3)];
                for (var i = 0; i < grid.GetLength(0); i++)
                {
                    for (var j = 0; j < grid.GetLength(1); j++)
                    {
                        grid[i, j] = _random.Next(100);
                    }
                }

                return grid;
            default:
                // A wrapped list keeps its items; notes on it are dropped (PSObjectMembers).
                var wrapped = new PSObject(new List<object?> { Value(depth), Value(depth) });
                wrapped.Members.Add(new PSNoteProperty("Dropped", 1));
                return wrapped;
        }
    }

    private PSObject Custom(int depth)
    {
        var custom = new PSObject();
        for (var i = Count(); i > 0; i--)
        {
            custom.Members.Add(new PSNoteProperty("p" + _names++, Value(depth)));
        }

        if (_random.Next(4) == 0)
        {
            // Never run, and lost with the type names.
            custom.Members.Add(new PSScriptProperty("q" + _names++, Throwing));
            custom.TypeNames.Insert(0, "Fuzz.Json");
        }

        return custom;
    }

    private T FillStrings<T>(T dictionary, int depth)
        where T : IDictionary
    {
        for (var i = Count(); i > 0; i--)
        {
            // Distinct even ignoring case, so no documented collapse applies.
            dictionary["k" + _names++] = Value(depth);
        }

        return dictionary;
    }

    private int Count()
    {
        var roll = _random.Next(100);
        return roll < 15 ? 0 : roll < 30 ? 1 : roll < 92 ? _random.Next(2, 6) : _random.Next(6, 15);
    }

    private object? Scalar() => _random.Next(20) switch
    {
        0 => null,
        1 => DBNull.Value,
        2 => _random.Next(2) == 0,
        3 => _random.Next(int.MinValue, int.MaxValue),
        4 => ((long)_random.Next() << 32) | (uint)_random.Next(),
        5 => Math.Round(_random.NextDouble() * 1e6, _random.Next(0, 8)),
        6 => _random.Next(3) switch { 0 => double.NaN, 1 => -0.0, _ => _random.NextDouble() * Math.Pow(10, _random.Next(-20, 25)) },
        7 => new decimal(_random.Next(), _random.Next(10), 0, _random.Next(2) == 0, (byte)_random.Next(0, 10)),
        8 => (byte)_random.Next(256),
        9 => (float)Math.Round(_random.NextDouble() * 100, 2),
        10 => ulong.MaxValue - (ulong)_random.Next(),
        11 => new BigInteger(_random.Next()) * new BigInteger(long.MaxValue),
        12 => (char)('a' + _random.Next(26)),
        13 => new Guid(_random.Next(), 7, 8, 1, 2, 3, 4, 5, 6, 7, 8),
        14 => (DayOfWeek)_random.Next(7),
        15 => new DateTime(2000 + _random.Next(30), 1 + _random.Next(12), 1 + _random.Next(28), _random.Next(24), 0, 0, _random.Next(2) == 0 ? DateTimeKind.Utc : DateTimeKind.Unspecified).AddTicks(_random.Next(10_000_000)),
        16 => new DateTimeOffset(2020, 1 + _random.Next(12), 1 + _random.Next(28), 12, 0, 0, TimeSpan.FromHours(_random.Next(-5, 6))),
        17 => _random.Next(2) == 0 ? (object)TimeSpan.FromSeconds(_random.Next(100000)) : new Version(1, _random.Next(10), _random.Next(10)),
        18 => _random.Next(3) switch
        {
            0 => "2024-0" + (1 + _random.Next(9)) + "-1" + _random.Next(10) + "T10:20:30Z",
            1 => "bad\uD800text",
            _ => new Uri("https://example.com/" + _random.Next(100)),
        },
        _ => "text " + _random.Next(1000).ToString(CultureInfo.InvariantCulture),
    };
}
