using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using System.Management.Automation;
using System.Reflection;
using System.Runtime.CompilerServices;
using DeepCopy.Core;
using DeepCopy.Core.Comparison;

namespace DeepCopy.Policies
{
    /// <summary>
    /// Finds the script blocks a Core <see cref="TypePolicy"/>'s copier runs, so a policy object gets the same runspace
    /// check as a bare script block (docs/policies.md). PowerShell turns a script block into a delegate
    /// (<c>[Func[object,object]]{ ... }</c>) by compiling an expression tree that holds the script block as a constant,
    /// so it sits in the constants of the delegate's target, a System.Runtime.CompilerServices.Closure (public in .NET
    /// but missing from netstandard2.0's reference, so it is found by name). The delegate can also be this module's own
    /// <see cref="ScriptBlockCopier"/>. One-argument copiers are read as given, before TypePolicy wraps them.
    /// <para>
    /// A copier can also wrap such a delegate, and is looked through: a delegate whose target is a delegate (one made over
    /// another's <c>Invoke</c>), Core's own one-argument wrapper (a policy's public <c>Copier</c>), a closure the C#
    /// compiler made, and an expression tree's Closure (its constants, and the variables it hoists, held in its locals).
    /// The search is bounded in depth and in objects seen, so a delegate graph that loops back or never ends stops it; what
    /// lies past the bounds is not searched.
    /// </para>
    /// <para>
    /// Any other target is taken for .NET code, which runs on whichever thread copies, and nothing is found in it. That
    /// includes code that keeps a script block some other way (an object of the caller's own that invokes one): its origin
    /// cannot be known, so it runs as it is, and keeping it in its own runspace is the caller's job.
    /// </para>
    /// </summary>
    internal static class CopierScriptBlocks
    {
        /// <summary>Deeper than any wrapping made by hand, and shallow enough that the recursion cannot overflow the stack.</summary>
        private const int MaxDepth = 32;

        /// <summary>Objects looked at per policy: a copier with more is not one a person wrapped, and the check must stay cheap.</summary>
        private const int MaxObjectsSeen = 1024;

        private static readonly Type? ClosureType = typeof(Expression).Assembly.GetType("System.Runtime.CompilerServices.Closure");
        private static readonly FieldInfo? ClosureConstants = ClosureType?.GetField("Constants");
        private static readonly FieldInfo? ClosureLocals = ClosureType?.GetField("Locals");

        public static IEnumerable<ScriptBlock> Of(TypePolicy policy) =>
            policy.CopierAsGiven is Delegate copier ? Behind(copier) : Array.Empty<ScriptBlock>();

        public static IEnumerable<ScriptBlock> Behind(Delegate copier)
        {
            var found = new List<ScriptBlock>();
            new Search(found).Visit(copier, 0);
            return found;
        }

        private sealed class Search
        {
            private readonly List<ScriptBlock> _found;
            private readonly HashSet<object> _seen = new HashSet<object>(ReferenceIdentityComparer.Instance);

            public Search(List<ScriptBlock> found)
            {
                _found = found;
            }

            public void Visit(object? value, int depth)
            {
                if (value is null || depth > MaxDepth || _seen.Count >= MaxObjectsSeen || !_seen.Add(value))
                {
                    return;
                }

                switch (value)
                {
                    case ScriptBlock scriptBlock:
                        _found.Add(scriptBlock);
                        break;
                    case Delegate copier:
                        // A multicast delegate's Target is only its last part's, so each part is searched on its own.
                        var parts = copier.GetInvocationList();
                        if (parts.Length == 1)
                        {
                            Visit(copier.Target, depth + 1);
                            break;
                        }

                        foreach (var part in parts)
                        {
                            Visit(part, depth + 1);
                        }

                        break;
                    case ScriptBlockCopier scriptBlockCopier:
                        Visit(scriptBlockCopier.ScriptBlock, depth + 1);
                        break;
                    case OneArgumentCopier own:
                        Visit(own.Given, depth + 1);
                        break;
                    case IStrongBox box:
                        Visit(box.Value, depth + 1);
                        break;
                    case object?[] items:
                        foreach (var item in items)
                        {
                            Visit(item, depth + 1);
                        }

                        break;
                    case object closure when closure.GetType() == ClosureType:
                        Visit(ClosureConstants?.GetValue(closure), depth + 1);
                        Visit(ClosureLocals?.GetValue(closure), depth + 1);
                        break;
                    case object closure when closure.GetType().IsDefined(typeof(CompilerGeneratedAttribute), false):
                        foreach (var field in closure.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
                        {
                            Visit(field.GetValue(closure), depth + 1);
                        }

                        break;
                }
            }
        }
    }
}
