using System;
using System.Threading;

namespace DeepCopy.Tests.FrameworkLayouts;

/// <summary>The field of .NET Framework 4.x's Barrier (System.dll) that holds its post-phase action.</summary>
internal sealed class FrameworkBarrier
{
    private readonly Action<Barrier>? m_postPhaseAction;

    public FrameworkBarrier(Action<Barrier>? postPhaseAction)
    {
        m_postPhaseAction = postPhaseAction;
    }

    public bool HasAction => m_postPhaseAction != null;
}
