using System;
using System.Collections.Generic;
using System.Numerics;
using DeepCopy.Core;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>Immutable values come back as the very same instance: copying them would cost and change nothing.</summary>
public sealed class ImmutableTests
{
    private static readonly string[] Names =
    {
        "int", "long", "double", "bool", "char", "byte", "IntPtr", "string", "decimal", "enum", "DateTime",
        "DateTimeOffset", "TimeSpan", "Guid", "Version", "Uri", "BigInteger", "DBNull", "Type", "MethodInfo",
        "KeyValuePair<string,int>", "struct of immutables", "nested struct of immutables",
    };

    public static TheoryData<DeepCopyStrategy, string> Cases => Strategies.With(Names);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Immutable_root_is_returned_as_is(DeepCopyStrategy strategy, string name)
    {
        var source = Make(name);

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy }, out var statistics);

        Assert.Same(source, copy);
        Assert.Equal(0L, statistics.ObjectsCopied);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Immutable_held_by_a_mutable_object_is_kept_as_is(DeepCopyStrategy strategy, string name)
    {
        var source = new Holder { Value = Make(name), Values = new[] { Make(name) } };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.NotSame(source, copy);
        Assert.Same(source.Value, copy.Value);
        Assert.NotSame(source.Values, copy.Values);
        Assert.Same(source.Values[0], copy.Values[0]);
        GraphAssert.IsDeepCopy(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Typed_immutable_fields_keep_their_values(DeepCopyStrategy strategy)
    {
        var source = new TypedHolder
        {
            Price = new Money(9.99m, "EUR"),
            Offer = new Priced(new Money(1m, "USD"), new DateTime(2024, 5, 6, 0, 0, 0, DateTimeKind.Utc), DayOfWeek.Monday),
            Link = new Uri("https://example.org/a?b=c"),
            Version = new Version(1, 2, 3),
            Pair = new KeyValuePair<string, int>("k", 3),
            Tuple = (4, "four"),
        };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.NotSame(source, copy);
        Assert.Equal(source.Offer.Price.Currency, copy.Offer.Price.Currency);
        Assert.Same(source.Link, copy.Link);
        Assert.Equal(source.Tuple, copy.Tuple);
        GraphAssert.IsDeepCopy(source, copy);
    }

    private static object Make(string name) => name switch
    {
        "int" => 42,
        "long" => 42L,
        "double" => 4.2,
        "bool" => true,
        "char" => 'c',
        "byte" => (byte)7,
        "IntPtr" => new IntPtr(1234),
        "string" => "text",
        "decimal" => 4.2m,
        "enum" => DayOfWeek.Friday,
        "DateTime" => new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc),
        "DateTimeOffset" => new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)),
        "TimeSpan" => TimeSpan.FromMinutes(90),
        "Guid" => Guid.NewGuid(),
        "Version" => new Version(1, 2, 3, 4),
        "Uri" => new Uri("https://example.org/path"),
        "BigInteger" => BigInteger.Pow(3, 200),
        "DBNull" => DBNull.Value,
        "Type" => typeof(List<int>),
        "MethodInfo" => typeof(string).GetMethod(nameof(string.Trim), Type.EmptyTypes)!,
        "KeyValuePair<string,int>" => new KeyValuePair<string, int>("key", 1),
        "struct of immutables" => new Money(1.5m, "EUR"),
        "nested struct of immutables" => new Priced(new Money(2m, "CHF"), DateTime.UnixEpoch, DayOfWeek.Sunday),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown case."),
    };

    private readonly struct Money
    {
        public Money(decimal amount, string currency)
        {
            Amount = amount;
            Currency = currency;
        }

        public decimal Amount { get; }

        public string Currency { get; }
    }

    private readonly struct Priced
    {
        public Priced(Money price, DateTime at, DayOfWeek day)
        {
            Price = price;
            At = at;
            Day = day;
        }

        public Money Price { get; }

        public DateTime At { get; }

        public DayOfWeek Day { get; }
    }

    private sealed class Holder
    {
        public object? Value;

        public object[] Values = Array.Empty<object>();
    }

    private sealed class TypedHolder
    {
        public Money Price;
        public Priced Offer;
        public Uri? Link;
        public Version? Version;
        public KeyValuePair<string, int> Pair;
        public (int, string) Tuple;
    }
}
