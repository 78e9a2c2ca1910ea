using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using DeepCopy.Core;
using DeepCopy.Core.Engine;

namespace DeepCopy.Policies
{
    /// <summary>
    /// A script block used as a custom copier. It receives the source as its first argument and as <c>$_</c>, and its one
    /// output is the copy (no output means $null, except for collections, which must come back whole: <c>,$copy</c>). It
    /// runs on the thread that called the copy, which is the pipeline thread of the runspace that defined it: copies run
    /// synchronously, and session policies are kept per runspace (docs/policies.md).
    /// <para>
    /// It runs with <c>$ErrorActionPreference = 'Stop'</c> in its own scope, so an error it writes fails the copy of that
    /// input (a CopyHandlerFailed error that the cmdlet's -ErrorAction and -ErrorVariable govern) instead of going
    /// straight to the host, past them, beside a copy the copier itself said was wrong. A copier can still handle an
    /// error of its own (<c>-ErrorAction SilentlyContinue</c>, try/catch). <c>break</c>, <c>continue</c> and <c>exit</c>
    /// outside a loop of the copier's own are refused with a message that names them: left to run, they would unwind
    /// through the engine and end the caller's loop, or read as "System error.".
    /// </para>
    /// </summary>
    internal sealed class ScriptBlockCopier
    {
        public ScriptBlockCopier(ScriptBlock scriptBlock)
        {
            ScriptBlock = scriptBlock;
        }

        public ScriptBlock ScriptBlock { get; }

        public object? Copy(object source, DeepCopyContext context)
        {
            var output = Invoke(source);

            // PowerShell unrolls a collection that a script block writes, so a list copy arrives as its elements (or as
            // nothing, when empty). For a collection source, anything but one object of its type is that mistake.
            var unrolls = LanguagePrimitives.GetEnumerable(source) != null;
            var copy = output.Count == 1 ? Unwrap(output[0], source) : null;
            if (unrolls && (output.Count != 1 || (copy != null && !source.GetType().IsInstanceOfType(copy))))
            {
                throw new InvalidOperationException(string.Format(
                    CultureInfo.InvariantCulture,
                    "the copier script block wrote {0} object(s) instead of one [{1}]: PowerShell unrolls collections that a script block writes, so return the copy with a leading comma (,$copy) or with Write-Output -NoEnumerate",
                    output.Count,
                    TypeNames.Readable(source.GetType())));
            }

            if (output.Count > 1)
            {
                throw new InvalidOperationException(string.Format(
                    CultureInfo.InvariantCulture,
                    "the copier script block wrote {0} objects; it must write exactly one (the copy), or $null",
                    output.Count));
            }

            return copy;
        }

        private Collection<PSObject> Invoke(object source)
        {
            var variables = new List<PSVariable>
            {
                new PSVariable("_", source),
                new PSVariable("ErrorActionPreference", ActionPreference.Stop),
            };

            try
            {
                return ScriptBlock.InvokeWithContext((IDictionary?)null, variables, source);
            }
            catch (ActionPreferenceStopException stopped)
            {
                var written = stopped.ErrorRecord?.ToString() ?? stopped.Message;
                throw new InvalidOperationException(
                    "the copier script block wrote an error, which fails the copy: " + written,
                    stopped);
            }
            catch (FlowControlException flow)
            {
                throw new InvalidOperationException(
                    string.Format(
                        CultureInfo.InvariantCulture,
                        "the copier script block ran '{0}' outside a loop of its own, which would abandon the copy half made; end it with the copy instead (return $copy), or throw to fail it",
                        Statement(flow)),
                    flow);
            }
        }

        private static string Statement(FlowControlException flow)
        {
            switch (flow)
            {
                case BreakException _:
                    return "break";
                case ContinueException _:
                    return "continue";
                case ExitException _:
                    return "exit";
                default:
                    return flow.GetType().Name;
            }
        }

        /// <summary>
        /// PowerShell wraps script output in a PSObject. The copy must be of the source's type to fit where the source
        /// was stored, so the wrapper is dropped, unless the source is itself a PSObject or the output is a PSCustomObject.
        /// </summary>
        private static object? Unwrap(PSObject? result, object source)
        {
            if (result is null || source is PSObject)
            {
                return result;
            }

            var baseObject = result.ImmediateBaseObject;
            return baseObject is PSCustomObject ? result : baseObject;
        }
    }
}
