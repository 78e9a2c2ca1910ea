using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Linq.Expressions;
using System.Reflection;
using DeepCopy.Core;

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
    /// Any other delegate is taken for .NET code, which runs on whichever thread copies, and nothing is found in it. That
    /// includes code that keeps a script block some other way (an object of the caller's own that invokes one): its origin
    /// cannot be known, so it runs as it is, and keeping it in its own runspace is the caller's job.
    /// </para>
    /// </summary>
    internal static class CopierScriptBlocks
    {
        private static readonly FieldInfo? ClosureConstants =
            typeof(Expression).Assembly.GetType("System.Runtime.CompilerServices.Closure")?.GetField("Constants");

        public static IEnumerable<ScriptBlock> Of(TypePolicy policy) =>
            policy.CopierAsGiven is Delegate copier ? Behind(copier) : Array.Empty<ScriptBlock>();

        public static IEnumerable<ScriptBlock> Behind(Delegate copier)
        {
            foreach (var single in copier.GetInvocationList())
            {
                switch (single.Target)
                {
                    case ScriptBlockCopier scriptBlockCopier:
                        yield return scriptBlockCopier.ScriptBlock;
                        break;
                    case object closure when ClosureConstants != null && closure.GetType() == ClosureConstants.DeclaringType:
                        foreach (var constant in (object?[]?)ClosureConstants.GetValue(closure) ?? Array.Empty<object?>())
                        {
                            if (constant is ScriptBlock held)
                            {
                                yield return held;
                            }
                        }

                        break;
                }
            }
        }
    }
}
