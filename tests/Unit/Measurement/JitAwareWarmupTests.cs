using System;
using System.Collections;
using System.Reflection.Emit;
using DeepCopy.Core.Measurement;
using Xunit;

namespace DeepCopy.Tests.Measurement;

/// <summary>
/// Warm-up goes on while the JIT keeps compiling (tiered compilation swapping optimised code in), within a cap, and
/// stops as soon as its minimum is done when the JIT is quiet. The JIT is kept busy here by a copy that compiles a
/// new method each time. No speed is asserted; the busy case only checks that warm-up outlasted the quiet window it
/// would have stopped at had the compiles gone unseen (other threads' compiling can only lengthen it).
/// </summary>
public sealed class JitAwareWarmupTests
{
    private static readonly Hashtable Graph = new Hashtable { ["a"] = 1 };

    [Fact]
    public void Warmup_continues_while_the_jit_compiles_until_its_cap()
    {
        var settings = Settings(jitQuiet: TimeSpan.FromMilliseconds(100), cap: TimeSpan.FromSeconds(1));
        var busy = new MeasurableCopy("Busy", CompileAndRunANewMethod);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var row = Assert.Single(new MeasurementRunner(settings).Run(Graph, new[] { busy }));

        Assert.Null(row.Error);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(500), "Warm-up stopped after " + row.WarmupCopies + " copies (" + clock.ElapsedMilliseconds + " ms) while the JIT was still compiling.");
    }

    [Fact]
    public void Warmup_stops_after_its_minimum_when_the_jit_need_not_be_waited_for()
    {
        var settings = Settings(jitQuiet: TimeSpan.Zero, cap: TimeSpan.FromMinutes(1));
        var busy = new MeasurableCopy("Busy", CompileAndRunANewMethod);

        var row = Assert.Single(new MeasurementRunner(settings).Run(Graph, new[] { busy }));

        Assert.Equal(1, row.WarmupCopies);
    }

    private static MeasurementSettings Settings(TimeSpan jitQuiet, TimeSpan cap) => new MeasurementSettings
    {
        Warmup = 1,
        WarmupTime = TimeSpan.Zero,
        JitQuietTime = jitQuiet,
        MaxWarmupTime = cap,
        Iterations = 1,
    };

    private static object? CompileAndRunANewMethod(object? source)
    {
        var method = new DynamicMethod("Fresh" + Guid.NewGuid().ToString("N"), typeof(object), new[] { typeof(object) });
        var il = method.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ret);
        return ((Func<object?, object?>)method.CreateDelegate(typeof(Func<object?, object?>)))(source);
    }
}
