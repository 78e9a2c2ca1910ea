using System;
using DeepCopy.Core;

namespace DeepCopy.Tests.Support;

/// <summary>
/// A test-only value that runs test code at a known moment of a copy, through <see cref="HookHandler"/>: when the
/// engine makes its shell, and when it populates it. It lets tests change the source or cancel mid-copy
/// deterministically, without any timing.
/// </summary>
internal sealed class HookItem
{
    public HookItem(Action? onShell = null, Action<HookItem, DeepCopyContext>? onPopulate = null)
    {
        OnShell = onShell;
        OnPopulate = onPopulate;
    }

    public Action? OnShell { get; }

    public Action<HookItem, DeepCopyContext>? OnPopulate { get; }
}
