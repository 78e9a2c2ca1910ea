using System;
using System.Collections.Generic;
using DeepCopy.Core;

namespace DeepCopy.Tests.Fuzz;

/// <summary>
/// Builds a random object graph from a seed, the same graph every time for the same seed, covering every type the
/// exact strategies support: keyed collections with their comparers, sequences, arrays of every rank and bound,
/// user classes and structs, PowerShell objects, shared references and cycles. Containers are offered for sharing
/// as soon as they exist, before their children are made, so a descendant can point back at an ancestor.
/// </summary>
internal sealed partial class GraphGenerator
{
    private const int MaxNesting = 10;

    private readonly Random _random;
    private readonly List<object> _shareable = new List<object>();
    private readonly List<object> _identityHashed = new List<object>();
    private readonly List<FuzzTypes.Animal> _animals = new List<FuzzTypes.Animal>();
    private readonly HashSet<object> _nonCopyables = new HashSet<object>(ReferenceEqualityComparer.Instance);
    private readonly bool _withNonCopyables;
    private readonly bool _withImmutables;
    private int _budget;
    private int _objects;
    private int _names;

    private GraphGenerator(int seed)
    {
        // Consecutive seeds give unrelated graphs once mixed.
        _random = new Random(unchecked((int)((uint)seed * 2654435761u)) ^ 0x5DEECE6);
        var size = _random.Next(100);
        _budget = size < 70 ? _random.Next(1, 30) : size < 95 ? _random.Next(30, 120) : _random.Next(120, 400);
        _withNonCopyables = _random.Next(12) == 0;

        // Chosen from the seed without drawing from the stream, so the graphs of earlier seeds stay as they were.
        _withImmutables = (seed & 15) == 15;
    }

    public static FuzzCase Create(int seed)
    {
        var generator = new GraphGenerator(seed);
        var root = generator.Any(0);
        var action = generator._nonCopyables.Count == 0 ? NonCopyableAction.Throw : (NonCopyableAction)generator._random.Next(3);
        return new FuzzCase(seed, root, generator._nonCopyables, action, generator._objects);
    }

    /// <summary>Any value: a scalar, an object already made (sharing, cycles), or a new object of any supported kind.</summary>
    private object? Any(int depth)
    {
        if (_budget <= 0 || depth > MaxNesting)
        {
            return Scalar();
        }

        var roll = _random.Next(100);
        if (roll < 18)
        {
            return Scalar();
        }

        if (roll < 28 && _shareable.Count > 0)
        {
            return _shareable[_random.Next(_shareable.Count)];
        }

        _budget--;
        _objects++;
        var next = depth + 1;
        if (_withNonCopyables && roll < 33)
        {
            return NonCopyable();
        }

        if (_withImmutables && roll >= 90)
        {
            return ImmutableValue(next);
        }

        return _random.Next(8) switch
        {
            0 or 1 => KeyedCollection(next),
            2 => Sequence(next),
            3 => SetOrSorted(next),
            4 => ArrayOfAnyShape(next),
            5 => UserObject(next),
            6 => PowerShellValue(next),
            _ => StructOrWrapper(next),
        };
    }

    /// <summary>Registers a new mutable object so later values can share it, and returns it.</summary>
    private T Shareable<T>(T value)
        where T : class
    {
        _shareable.Add(value);
        return value;
    }

    /// <summary>Registers a new object whose hash is its identity, so it may also serve as a key anywhere.</summary>
    private T IdentityHashed<T>(T value)
        where T : class
    {
        _identityHashed.Add(value);
        return Shareable(value);
    }

    private int Count()
    {
        var roll = _random.Next(100);
        return roll < 15 ? 0 : roll < 30 ? 1 : roll < 90 ? _random.Next(2, 6) : _random.Next(6, 20);
    }

    private bool Chance(int percent) => _random.Next(100) < percent;

    private string Name() => "n" + _names++;

    private object? Scalar() => _random.Next(12) switch
    {
        0 => null,
        1 => _random.Next(-1000, 1000),
        2 => Text(),
        3 => _random.NextDouble() * 1e6,
        4 => (decimal)_random.Next() / 100m,
        5 => _random.Next(2) == 0,
        6 => new DateTime(2000 + _random.Next(30), 1 + _random.Next(12), 1 + _random.Next(28), 0, 0, 0, DateTimeKind.Utc).AddTicks(_random.Next()),
        7 => new Guid(_random.Next(), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
        8 => (FuzzTypes.Shade)_random.Next(2),
        9 => (long)_random.Next() << 20,
        10 => 'c',
        _ => new Version(1, _random.Next(10)),
    };

    private string Text()
    {
        var roll = _random.Next(10);
        return roll == 0 ? string.Empty : roll == 1 ? "Key" + _random.Next(3) : "s" + _random.Next(1000);
    }

    /// <summary>A key for a collection that hashes with the default comparer: a scalar or an object hashed by identity.</summary>
    private object Key(int depth)
    {
        var roll = _random.Next(10);
        if (roll < 2 && _identityHashed.Count > 0)
        {
            return _identityHashed[_random.Next(_identityHashed.Count)];
        }

        if (roll < 4 && _budget > 0)
        {
            _budget--;
            _objects++;
            var key = IdentityHashed(new FuzzTypes.IdentityKeyed { Id = _random.Next() });
            key.Payload = Chance(50) ? Any(depth + 1) : null;
            return key;
        }

        if (roll < 5)
        {
            return new FuzzTypes.ValueKey(_random.Next(50), Text());
        }

        return Scalar() ?? "null-key";
    }
}
