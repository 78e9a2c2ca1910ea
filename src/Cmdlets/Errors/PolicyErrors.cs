using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using DeepCopy.Core.Engine;

namespace DeepCopy.Errors
{
    /// <summary>ErrorRecords for type policies and comparisons, with the same stable ids as every other module error.</summary>
    internal static class PolicyErrors
    {
        public static ErrorRecord InvalidTypePolicy(InvalidTypePolicyException failure)
        {
            var record = new ErrorRecord(failure, DeepCopyErrorId.InvalidTypePolicy.ToString(), ErrorCategory.InvalidArgument, failure.Target);
            record.ErrorDetails = new ErrorDetails(failure.Message)
            {
                RecommendedAction = failure.RecommendedAction ??
                    "Use a type (a [type], a full type name or an accelerator such as 'hashtable') as the key, and 'Copy', 'Share', 'Null', 'Throw', 'Clone' or a script block as the value.",
            };
            return record;
        }

        /// <param name="sameName">The session's policies for other types of the same name (a class defined again in script), which the user may have meant.</param>
        public static ErrorRecord TypePolicyNotFound(Type type, IReadOnlyList<Type> sameName)
        {
            string message;
            string action;
            if (sameName.Count == 0)
            {
                message = string.Format(CultureInfo.InvariantCulture, "This session has no type policy for [{0}].", TypeNames.Readable(type));
                action = "Get-DeepCopyTypePolicy lists this session's policies; remove one by the exact type it was set for (a policy on a base type covers derived types but is removed by the base type's name).";
            }
            else
            {
                var others = new List<string>(sameName.Count);
                foreach (var other in sameName)
                {
                    others.Add(WithAssemblies(other));
                }

                message = string.Format(
                    CultureInfo.InvariantCulture,
                    "This session has no type policy for {0}, but it has one for another type of the same name: {1}. Each definition of a class in script is a new type, and a type name given as text finds the latest.",
                    WithAssemblies(type),
                    string.Join(", ", others));
                action = string.Format(
                    CultureInfo.InvariantCulture,
                    "Remove it through the policy Get-DeepCopyTypePolicy lists, which holds its type: Get-DeepCopyTypePolicy | Where-Object TypeName -eq '{0}' | Remove-DeepCopyTypePolicy removes every policy of that name; or pass the [type] object it was set for (an old instance's GetType()).",
                    TypeNames.Readable(type).Replace("'", "''"));
            }

            var record = new ErrorRecord(new ArgumentException(message), DeepCopyErrorId.TypePolicyNotFound.ToString(), ErrorCategory.ObjectNotFound, type);
            record.ErrorDetails = new ErrorDetails(message) { RecommendedAction = action };
            return record;
        }

        private static string WithAssemblies(Type type) => "[" + TypeNames.Readable(type) + "] (" + TypeNames.Assemblies(type) + ")";

        public static ErrorRecord CompareFailed(Exception failure, object? target)
        {
            var record = new ErrorRecord(failure, DeepCopyErrorId.CompareFailed.ToString(), ErrorCategory.InvalidOperation, target);
            record.ErrorDetails = new ErrorDetails("The comparison could not finish: " + failure.Message);
            return record;
        }
    }
}
