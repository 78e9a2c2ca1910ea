using System;
using DeepCopy.Core;
using Xunit;
using Xunit.Abstractions;

namespace DeepCopy.Tests.Fuzz;

public sealed class ZzProbeTmp
{
    private readonly ITestOutputHelper _o;
    public ZzProbeTmp(ITestOutputHelper o) { _o = o; PowerShellRegistrations.EnsureRegistered(); }

    [Fact]
    public void Probe()
    {
        for (var i = 0; i < 3000; i++)
        {
            try
            {
                ExactFuzzCheck.Run(1970027167, DeepCopyStrategy.Reflection);
            }
            catch (Exception e)
            {
                _o.WriteLine("FAILED at attempt " + i + ": " + e.Message);
                return;
            }
        }

        _o.WriteLine("no failure");
    }
}
