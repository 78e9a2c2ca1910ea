using System;
using System.Collections.Generic;
using System.Runtime.Serialization;
using System.Security;
using DeepCopy.Core;
using DeepCopy.Core.Metadata;
using Xunit;

namespace DeepCopy.Tests.StrategySpecific;

/// <summary>
/// Generated populate code the runtime refuses gives way to reflection, for every refusal the shell path accepts:
/// .NET Framework may refuse a DynamicMethod over a collectible type (a PowerShell class) with NotSupportedException or
/// TypeLoadException, not only with the verifier's exceptions.
/// </summary>
public sealed class CompiledPopulateRefusalTests
{
    private static readonly DeepCopyOptions Compiled = new DeepCopyOptions { Strategy = DeepCopyStrategy.Compiled };

    public static TheoryData<Type> Refusals => new TheoryData<Type>
    {
        typeof(NotSupportedException), typeof(TypeLoadException), typeof(InvalidProgramException), typeof(VerificationException),
        typeof(FieldAccessException), typeof(ArgumentException), typeof(SerializationException),
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_refused_populate_falls_back_to_reflection_for_good(Type refusal)
    {
        var type = typeof(RefusedPopulate<>).MakeGenericType(refusal);
        var plan = TypePlanCache.Get(type);
        Action<object, DeepCopyContext> refusing = (copy, context) => throw (Exception)Activator.CreateInstance(refusal, "refused")!;
        plan.CompiledPopulate = refusing;
        var source = (IRefusedPopulate)Activator.CreateInstance(type)!;
        source.Items = new List<int> { 1, 2 };

        var copy = (IRefusedPopulate)DeepCopier.Copy((object)source, Compiled)!;

        Assert.Equal(new[] { 1, 2 }, copy.Items);
        Assert.NotSame(source.Items, copy.Items);
        Assert.NotSame(refusing, plan.CompiledPopulate);
    }

    private interface IRefusedPopulate
    {
        List<int>? Items { get; set; }
    }

    /// <summary>One closed type per refusal, so each case has a plan of its own.</summary>
    private sealed class RefusedPopulate<TRefusal> : IRefusedPopulate
    {
        public List<int>? Items { get; set; }
    }
}
