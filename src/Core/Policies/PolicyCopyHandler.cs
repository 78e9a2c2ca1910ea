using System;
using DeepCopy.Core.Engine;
using System.Collections.Generic;
using System.Globalization;

namespace DeepCopy.Core.Policies
{
    /// <summary>
    /// Runs a Custom or Clone policy: the copier's result is the finished copy, registered like any shell (so shared
    /// references and cycles through the value resolve to it) and never walked into.
    /// </summary>
    internal sealed class PolicyCopyHandler : DeepCopyHandler
    {
        /// <summary>
        /// Copiers that copy children through the context nest on the call stack; this bounds that nesting. It counts
        /// every copier running on the thread, those of copies a copier makes of its own included, since they share the
        /// stack: a copier that copies its value again through nested copies under the same policies stops here.
        /// </summary>
        internal const int MaxNesting = 128;

        /// <summary>
        /// The values whose copiers are running on this thread, each with the context of its copy. The cycle check looks
        /// only at the entries of the asking copy: a copier's own copy of the same value (under other policies, say)
        /// is a separate copy, and no cycle.
        /// </summary>
        [ThreadStatic]
        private static List<KeyValuePair<DeepCopyContext, object>>? _inProgress;

        private readonly Type _policyType;
        private readonly Func<object, DeepCopyContext, object?> _copier;

        public PolicyCopyHandler(Type policyType, Func<object, DeepCopyContext, object?> copier)
        {
            _policyType = policyType;
            _copier = copier;
        }

        public override bool NeedsPopulate => false;

        public override bool CanHandle(Type type) => _policyType.IsAssignableFrom(type);

        public override object CreateShell(object source, DeepCopyContext context)
        {
            var inProgress = _inProgress ?? (_inProgress = new List<KeyValuePair<DeepCopyContext, object>>());
            CheckNesting(inProgress, source, context);
            inProgress.Add(new KeyValuePair<DeepCopyContext, object>(context, source));
            object? copy;
            try
            {
                copy = _copier(source, context);
            }
            finally
            {
                inProgress.RemoveAt(inProgress.Count - 1);
            }

            var sourceType = source.GetType();
            if (copy != null && !sourceType.IsInstanceOfType(copy))
            {
                throw new InvalidCastException(string.Format(
                    CultureInfo.InvariantCulture,
                    "the copier for [{0}] returned a [{1}], which is not a [{2}]; a copy must be of the source's type so it fits wherever the source was stored",
                    TypeNames.Readable(_policyType),
                    TypeNames.Readable(copy.GetType()),
                    TypeNames.Readable(sourceType)));
            }

            // A null copy is allowed: the engine records it like any shell, and there is nothing to populate.
            return copy!;
        }

        public override void Populate(object source, object shell, DeepCopyContext context)
        {
        }

        private void CheckNesting(List<KeyValuePair<DeepCopyContext, object>> inProgress, object source, DeepCopyContext context)
        {
            if (inProgress.Count >= MaxNesting)
            {
                throw new InvalidOperationException(string.Format(
                    CultureInfo.InvariantCulture,
                    "custom copiers are nested more than {0} deep; a copier that copies its children through the context must not meet a long chain of values that also have custom copiers",
                    MaxNesting));
            }

            foreach (var entry in inProgress)
            {
                if (ReferenceEquals(entry.Value, source) && ReferenceEquals(entry.Key, context))
                {
                    throw new InvalidOperationException(string.Format(
                        CultureInfo.InvariantCulture,
                        "the copier for [{0}] was asked to copy the same value again before it returned: a cycle runs through this value, which a copier can only copy once it exists",
                        TypeNames.Readable(_policyType)));
                }
            }
        }
    }
}
